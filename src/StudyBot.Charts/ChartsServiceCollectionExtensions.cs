using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Application.Charts;

namespace StudyBot.Charts;

/// <summary>Registers the ScottPlot drawing of the application's charts.</summary>
public static class ChartsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ScottPlotProgressCharts"/> as the one <see cref="IProgressCharts"/>; it keeps no state.</summary>
    public static IServiceCollection AddStudyBotCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<IProgressCharts, ScottPlotProgressCharts>();
        return services;
    }
}
