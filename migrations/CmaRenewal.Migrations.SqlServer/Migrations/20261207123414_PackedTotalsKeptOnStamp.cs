using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: true);
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
