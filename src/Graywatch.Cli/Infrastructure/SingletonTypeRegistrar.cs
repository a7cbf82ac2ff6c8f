using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Infrastructure;

/// <summary>A minimal type registrar that hands commands one given console (used by tests).</summary>
internal sealed class SingletonTypeRegistrar(IAnsiConsole console) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = new() { [typeof(IAnsiConsole)] = () => console };

    public void Register(Type service, Type implementation) => _factories[service] = () => Activator.CreateInstance(implementation)!;

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;

    public ITypeResolver Build() => new Resolver(_factories);

    private sealed class Resolver(Dictionary<Type, Func<object>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }
            if (factories.TryGetValue(type, out var f))
            {
                return f();
            }
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (ctor is null)
            {
                return Activator.CreateInstance(type);
            }
            var args = ctor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
            return ctor.Invoke(args);
        }
    }
}
