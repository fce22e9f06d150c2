using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScheduledWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScheduledWork",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledWork", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledWork_Key",
                table: "ScheduledWork",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledWork_OwnerType_OwnerId",
                table: "ScheduledWork",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledWork_Status_DueAt",
                table: "ScheduledWork",
                columns: new[] { "Status", "DueAt" });

            // Reminders planned before this version carry over, with the keys and payloads the planner writes now.
            migrationBuilder.Sql(
                """
                INSERT INTO "ScheduledWork" ("Kind", "DueAt", "OwnerType", "OwnerId", "Key", "Payload", "CreatedAt", "Status", "Attempts")
                SELECT
                    CASE "Kind" WHEN 0 THEN 'meeting.reminder' ELSE 'meeting.advance' END,
                    "DueAt",
                    'series',
                    "SeriesId",
                    CASE "Kind" WHEN 0 THEN 'meeting.reminder:' ELSE 'meeting.advance:' END
                        || "SeriesId" || ':'
                        || substr("Occurrence", 1, 4) || substr("Occurrence", 6, 2) || substr("Occurrence", 9, 2) || 'T' || substr("Occurrence", 12, 2) || substr("Occurrence", 15, 2)
                        || CASE "Kind" WHEN 0 THEN ':' || "OffsetMinutes" ELSE '' END
                        || ':' || ("OccurrenceStart" / 1000),
                    json_object('occurrence', "Occurrence", 'start', "OccurrenceStart", 'offsetMinutes', CASE "Kind" WHEN 0 THEN "OffsetMinutes" ELSE 0 END),
                    "DueAt",
                    0,
                    0
                FROM "PlannedReminders";
                """);

            migrationBuilder.DropTable(
                name: "PlannedReminders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledWork");

            migrationBuilder.CreateTable(
                name: "PlannedReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Occurrence = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    OccurrenceStart = table.Column<long>(type: "INTEGER", nullable: false),
                    OffsetMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriesId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedReminders_MeetingSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "MeetingSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedReminders_DueAt",
                table: "PlannedReminders",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedReminders_SeriesId_Occurrence_Kind_OffsetMinutes",
                table: "PlannedReminders",
                columns: new[] { "SeriesId", "Occurrence", "Kind", "OffsetMinutes" },
                unique: true);
        }
    }
}
