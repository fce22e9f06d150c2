using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StudyBot.Persistence;

namespace StudyBot.Host;

/// <summary>Checks every configuration section before anything starts.</summary>
public static class StartupCheck
{
    /// <summary>Why starting failed, in one line, when it was the database; null for anything else (a bug, shown in full).</summary>
    public static string? Explain(Exception failure) => failure switch
    {
        DatabaseUnusableException unusable => unusable.Message,
        AggregateException { InnerExceptions: [DatabaseUnusableException unusable] } => unusable.Message,
        _ when StoreFailures.Classify(failure) is StoreFailure.Full => "the disk holding the database is full; free some space and start StudyBot again.",
        _ when StoreFailures.Classify(failure) is StoreFailure.Busy => "the database is locked by another program; stop it (or the other StudyBot using the file) and start again.",
        _ when StoreFailures.Classify(failure) is StoreFailure.Unavailable => $"the database cannot be used ({failure.GetBaseException().Message.TrimEnd('.')}).",
        _ => null,
    };

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
