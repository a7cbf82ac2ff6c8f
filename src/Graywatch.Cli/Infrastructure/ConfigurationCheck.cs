using Graywatch.Configuration;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Reads the <c>--config</c> file before any verb runs, so a wrong file is an error in every verb, even one that reads no setting.</summary>
public sealed class ConfigurationCheck : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is StoreSettings { Config: { } path })
        {
            _ = GraywatchConfig.Load(path);
        }
    }
}
