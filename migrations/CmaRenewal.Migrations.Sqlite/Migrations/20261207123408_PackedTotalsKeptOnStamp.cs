using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PackedTotalsKeptOnStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PackedTotals",
                table: "CeTotalsStamps",
                type: "TEXT",
                nullable: true);

            // Packs the totals already kept, as CeTotalsSql does on each write (written out here: a migration is frozen).
            migrationBuilder.Sql("""
                UPDATE CeTotalsStamps SET PackedTotals = (
                    SELECT group_concat(t.Unit || char(31) || t.Category || char(31) || t.ApprovedProvider || char(31) || t.Kind
                        || char(31) || t.AmountHundredths || char(31) || t.Count, char(30) ORDER BY t.Unit, t.Category, t.ApprovedProvider, t.Kind)
                    FROM CeCredentialTotals t WHERE t.CredentialId = CeTotalsStamps.CredentialId);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PackedTotals",
                table: "CeTotalsStamps");
        }
    }
}
