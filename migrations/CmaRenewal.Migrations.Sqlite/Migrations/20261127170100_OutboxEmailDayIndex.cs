using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CmaRenewal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxEmailDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Day",
                table: "OutboxEmails",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_Day",
                table: "OutboxEmails");
        }
    }
}
