using CmaRenewal.Application;
using CmaRenewal.Application.People;
using CmaRenewal.Application.Imports;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    /// <summary>Exit code when the admin is refused (email in use, invalid names, unknown zone) and nothing was written.</summary>
    public const int CreateAdminRefused = 2;

    private static readonly string[] CreateAdminOptions = ["--first", "--last", "--clinic", "--time-zone"];

    private static CreateAdmin ParseCreateAdmin(IReadOnlyList<string> args)
    {
        var rest = args.Skip(1).ToList();
        var positional = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            if (!rest[i].StartsWith("--", StringComparison.Ordinal)) positional.Add(rest[i]);
            else if (CreateAdminOptions.Contains(rest[i])) i++; // its value
            else throw new AdminCommandException($"Unknown option '{rest[i]}' for create-admin. {Usage}");
        }
        string Required(string name) => Option(args, name) is { Length: > 0 } value
            ? value
            : throw new AdminCommandException($"create-admin needs {name} NAME. {Usage}");
        if (positional.Count != 1) throw new AdminCommandException($"create-admin needs the one email of the admin. {Usage}");
        var zone = Option(args, "--time-zone");
        if (zone is "") throw new AdminCommandException("--time-zone needs an IANA zone such as America/Chicago.");
        return new CreateAdmin(new CreateAdminRequest(positional[0], Required("--first"), Required("--last"), Required("--clinic"), zone));
    }

    /// <summary>
    /// Creates an admin (and their clinic when none has the name) with an account but no password, and prints the
    /// one-time link that sets it; App:BaseUrl gives the link's host. Never takes nor prints a password.
    /// </summary>
    private sealed record CreateAdmin(CreateAdminRequest Request) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await PrepareAsHostDoesAsync(scoped, ct);
            var accounts = ActivatorUtilities.CreateInstance<AdminAccounts>(scoped);
            var resetPage = scoped.GetRequiredService<AppBaseUrl>().Link("Account/ResetPassword");
            var result = await accounts.CreateAsync(ImportHandler.System, Request, resetPage, ct);
            if (!result.IsDone) throw new AdminCommandException(Refusal(result), CreateAdminRefused);
            await output.WriteLineAsync($"Created admin {Request.Email.Trim().ToLowerInvariant()} in {Request.ClinicName.Trim()}. They choose a password at:");
            await output.WriteLineAsync(result.Value);
            await output.WriteLineAsync("The link works once and expires like an invitation's; send it only to them.");
            return 0;
        }

        private static string Refusal(UseCaseResult<string> result) =>
            result.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.Value)) + " Nothing was created." : result.Message!;
    }
}
