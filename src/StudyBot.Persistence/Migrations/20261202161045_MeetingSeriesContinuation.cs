using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MeetingSeriesContinuation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContinuedBy",
                table: "MeetingSeries",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContinuedBy",
                table: "MeetingSeries");
        }
    }
}
