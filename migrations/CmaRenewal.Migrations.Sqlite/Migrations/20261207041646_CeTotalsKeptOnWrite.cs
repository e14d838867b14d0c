using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.Sqlite.Migrations
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
                    CredentialId = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApprovedProvider = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
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
                    CredentialId = table.Column<long>(type: "INTEGER", nullable: false),
                    EarnFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EarnThrough = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LatestCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
            // kept totals are never trusted after a write that bypassed the app (raw SQL, bulk imports) either.
            // BEFORE triggers: SQLite's RETURNING, which EF uses, does not go with AFTER triggers.
            migrationBuilder.Sql("""
                CREATE TRIGGER cma_totals_links_insert BEFORE INSERT ON CeActivityCredentials
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId = NEW.CredentialId; END;
                CREATE TRIGGER cma_totals_links_update BEFORE UPDATE ON CeActivityCredentials
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (OLD.CredentialId, NEW.CredentialId); END;
                CREATE TRIGGER cma_totals_links_delete BEFORE DELETE ON CeActivityCredentials
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId = OLD.CredentialId; END;
                CREATE TRIGGER cma_totals_activities_update
                BEFORE UPDATE OF CompletedOn, AmountHundredths, Unit, Kind, Category, IsApprovedProvider, Verification, DeletedAtUtc ON CeActivities
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = OLD.Id); END;
                CREATE TRIGGER cma_totals_activities_delete BEFORE DELETE ON CeActivities
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = OLD.Id); END;
                CREATE TRIGGER cma_totals_splits_insert BEFORE INSERT ON CeActivitySplits
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = NEW.ActivityId); END;
                CREATE TRIGGER cma_totals_splits_update BEFORE UPDATE ON CeActivitySplits
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId IN (OLD.ActivityId, NEW.ActivityId)); END;
                CREATE TRIGGER cma_totals_splits_delete BEFORE DELETE ON CeActivitySplits
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = OLD.ActivityId); END;
                CREATE TRIGGER cma_totals_renewals_insert BEFORE INSERT ON Renewals
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId = NEW.CredentialId; END;
                CREATE TRIGGER cma_totals_renewals_update BEFORE UPDATE ON Renewals
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (OLD.CredentialId, NEW.CredentialId); END;
                CREATE TRIGGER cma_totals_renewals_delete BEFORE DELETE ON Renewals
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId = OLD.CredentialId; END;
                CREATE TRIGGER cma_totals_credentials_update BEFORE UPDATE OF PackCode, CertifiedOn, ExpiresOnOverride ON Credentials
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId = OLD.Id; END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "links", "renewals", "splits" })
                foreach (var verb in new[] { "insert", "update", "delete" })
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS cma_totals_{table}_{verb};");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS cma_totals_activities_update; DROP TRIGGER IF EXISTS cma_totals_activities_delete; " +
                "DROP TRIGGER IF EXISTS cma_totals_credentials_update;");

            migrationBuilder.DropTable(
                name: "CeCredentialTotals");

            migrationBuilder.DropTable(
                name: "CeTotalsStamps");
        }
    }
}
