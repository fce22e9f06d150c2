using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StudyBot.Host;

/// <summary>Checks every configuration section before anything starts.</summary>
public static class StartupCheck
{
    /// <summary>What is wrong with the configuration, in one line naming the keys, or null when nothing is.</summary>
    public static string? Problem(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join(" ", ex.Failures);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            return string.Join(" ", ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder's own words name the key and the type it wanted, e.g. "... at 'Outbox:BatchSize' to type 'System.Int32'."
            return ex.Message;
        }
    }
}
