using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StudyBot.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StudyBotDbContext>
{
    public StudyBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StudyBotDbContext>().UseSqlite("Data Source=design.db").Options);
}
