using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CeTotalsKeptOnWrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CeCredentialTotals",
                columns: table => new
                {
                    CredentialId = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ApprovedProvider = table.Column<bool>(type: "bit", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AmountHundredths = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CeCredentialTotals", x => new { x.CredentialId, x.Unit, x.Category, x.ApprovedProvider, x.Kind });
                    table.ForeignKey(
                        name: "FK_CeCredentialTotals_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CeTotalsStamps",
                columns: table => new
                {
                    CredentialId = table.Column<long>(type: "bigint", nullable: false),
                    EarnFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EarnThrough = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestCompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CeTotalsStamps", x => x.CredentialId);
                    table.ForeignKey(
                        name: "FK_CeTotalsStamps_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // A write to anything a credential's CE totals depend on deletes its stamp in the same statement, so
            // kept totals are never trusted after a write that bypassed the app (raw SQL, bulk imports) either. Each CREATE
            // TRIGGER runs through EXEC: it must start its own batch, and the idempotent script wraps every step in an IF.
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER cma_totals_links ON CeActivityCredentials AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM inserted UNION SELECT CredentialId FROM deleted);
                END
                ');
                """);
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER cma_totals_activities ON CeActivities AFTER UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM inserted) AND NOT (UPDATE(CompletedOn) OR UPDATE(AmountHundredths) OR UPDATE(Unit) OR UPDATE(Kind) OR UPDATE(Category) OR UPDATE(IsApprovedProvider) OR UPDATE(Verification) OR UPDATE(DeletedAtUtc)) RETURN;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT l.CredentialId FROM CeActivityCredentials l WHERE l.ActivityId IN (SELECT Id FROM deleted));
                END
                ');
                """);
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER cma_totals_splits ON CeActivitySplits AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT l.CredentialId FROM CeActivityCredentials l WHERE l.ActivityId IN (SELECT ActivityId FROM inserted UNION SELECT ActivityId FROM deleted));
                END
                ');
                """);
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER cma_totals_renewals ON Renewals AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM inserted UNION SELECT CredentialId FROM deleted);
                END
                ');
                """);
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER cma_totals_credentials ON Credentials AFTER UPDATE AS
                BEGIN
                SET NOCOUNT ON;
                IF NOT (UPDATE(PackCode) OR UPDATE(CertifiedOn) OR UPDATE(ExpiresOnOverride)) RETURN;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT Id FROM deleted);
                END
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_links;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_activities;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_splits;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_renewals;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_credentials;");

            migrationBuilder.DropTable(
                name: "CeCredentialTotals");

            migrationBuilder.DropTable(
                name: "CeTotalsStamps");
        }
    }
}
