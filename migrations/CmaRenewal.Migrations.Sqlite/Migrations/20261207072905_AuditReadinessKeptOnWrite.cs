using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditReadinessKeptOnWrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MissingCertificates",
                table: "CeTotalsStamps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OutsideWindow",
                table: "CeTotalsStamps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadinessCycleStart",
                table: "CeTotalsStamps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadinessLatestOn",
                table: "CeTotalsStamps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadinessRulesVersion",
                table: "CeTotalsStamps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Unverified",
                table: "CeTotalsStamps",
                type: "INTEGER",
                nullable: true);

            // Audit readiness, kept on the stamp, also reads an activity's certificate and the day it was logged, so a
            // write to either deletes the stamp too (verification and the rest were already there).
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS cma_totals_activities_update;
                CREATE TRIGGER cma_totals_activities_update
                BEFORE UPDATE OF CompletedOn, AmountHundredths, Unit, Kind, Category, IsApprovedProvider, Verification, DeletedAtUtc,
                    Certificate_StorageKey, CreatedAtUtc ON CeActivities
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = OLD.Id); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS cma_totals_activities_update;
                CREATE TRIGGER cma_totals_activities_update
                BEFORE UPDATE OF CompletedOn, AmountHundredths, Unit, Kind, Category, IsApprovedProvider, Verification, DeletedAtUtc ON CeActivities
                BEGIN DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM CeActivityCredentials WHERE ActivityId = OLD.Id); END;
                """);

            migrationBuilder.DropColumn(
                name: "MissingCertificates",
                table: "CeTotalsStamps");

            migrationBuilder.DropColumn(
                name: "OutsideWindow",
                table: "CeTotalsStamps");

            migrationBuilder.DropColumn(
                name: "ReadinessCycleStart",
                table: "CeTotalsStamps");

            migrationBuilder.DropColumn(
                name: "ReadinessLatestOn",
                table: "CeTotalsStamps");

            migrationBuilder.DropColumn(
                name: "ReadinessRulesVersion",
                table: "CeTotalsStamps");

            migrationBuilder.DropColumn(
                name: "Unverified",
                table: "CeTotalsStamps");
        }
    }
}
