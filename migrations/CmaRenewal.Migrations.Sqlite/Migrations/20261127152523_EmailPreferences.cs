using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EmailPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EmailPreferences_CeRemindersOff",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EmailPreferences_DigestOff",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EmailPreferences_ExpirationNoticesOff",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EmailPreferences_FeeRemindersOff",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmailPreferences_SnoozedUntil",
                table: "People",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailPreferences_CeRemindersOff",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EmailPreferences_DigestOff",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EmailPreferences_ExpirationNoticesOff",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EmailPreferences_FeeRemindersOff",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EmailPreferences_SnoozedUntil",
                table: "People");
        }
    }
}
