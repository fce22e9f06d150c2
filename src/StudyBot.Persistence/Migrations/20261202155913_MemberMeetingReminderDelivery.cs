using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MemberMeetingReminderDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeetingReminders",
                table: "GroupMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MeetingReminders",
                table: "GroupMembers");
        }
    }
}
