using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OutsideWindow",
                table: "CeTotalsStamps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadinessCycleStart",
                table: "CeTotalsStamps",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReadinessLatestOn",
                table: "CeTotalsStamps",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadinessRulesVersion",
                table: "CeTotalsStamps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Unverified",
                table: "CeTotalsStamps",
                type: "int",
                nullable: true);

            // Audit readiness, kept on the stamp, also reads an activity's certificate and the day it was logged.
            migrationBuilder.Sql("""
                EXEC(N'
                ALTER TRIGGER cma_totals_activities ON CeActivities AFTER UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM inserted) AND NOT (UPDATE(CompletedOn) OR UPDATE(AmountHundredths) OR UPDATE(Unit) OR UPDATE(Kind) OR UPDATE(Category) OR UPDATE(IsApprovedProvider) OR UPDATE(Verification) OR UPDATE(DeletedAtUtc) OR UPDATE(Certificate_StorageKey) OR UPDATE(CreatedAtUtc)) RETURN;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT l.CredentialId FROM CeActivityCredentials l WHERE l.ActivityId IN (SELECT Id FROM deleted));
                END
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                EXEC(N'
                ALTER TRIGGER cma_totals_activities ON CeActivities AFTER UPDATE, DELETE AS
                BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM inserted) AND NOT (UPDATE(CompletedOn) OR UPDATE(AmountHundredths) OR UPDATE(Unit) OR UPDATE(Kind) OR UPDATE(Category) OR UPDATE(IsApprovedProvider) OR UPDATE(Verification) OR UPDATE(DeletedAtUtc)) RETURN;
                DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT l.CredentialId FROM CeActivityCredentials l WHERE l.ActivityId IN (SELECT Id FROM deleted));
                END
                ');
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
