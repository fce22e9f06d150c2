using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxMessageEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EditsKey",
                table: "Outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentChannelId",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentMessageId",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_EditsKey",
                table: "Outbox",
                column: "EditsKey");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentMessageId",
                table: "Outbox",
                column: "SentMessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_EditsKey",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentMessageId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "EditsKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SentChannelId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SentMessageId",
                table: "Outbox");
        }
    }
}
