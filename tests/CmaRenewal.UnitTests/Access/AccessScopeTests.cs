using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.UnitTests.Access;

/// <summary>
/// <see cref="AccessScope.CanChange"/>, the one rule every write about a person asks. Clinic 1 is managed by the
/// manager (person 10); clinic 2 is not.
/// </summary>
public sealed class AccessScopeTests
{
    private static readonly AccessScope Manager = new(10, PersonRole.Manager, new HashSet<long> { 1 });
    private static readonly AccessScope Admin = new(20, PersonRole.Admin, new HashSet<long>());
    private static readonly AccessScope Assistant = new(30, PersonRole.Assistant, new HashSet<long>());

    public static TheoryData<string, long, long, PersonRole, bool, bool> ManagerCases() => new()
    {
        // name, id, clinic, role, sees, changes
        { "an assistant of a managed clinic", 31, 1, PersonRole.Assistant, true, true },
        { "another manager of a managed clinic", 11, 1, PersonRole.Manager, true, true },
        { "an admin whose home clinic is managed", 21, 1, PersonRole.Admin, true, false },
        { "an assistant of another clinic", 32, 2, PersonRole.Assistant, false, false },
        { "an admin of another clinic", 22, 2, PersonRole.Admin, false, false },
        { "themselves, in a clinic they do not manage", 10, 2, PersonRole.Manager, true, true },
    };

    [Theory]
    [MemberData(nameof(ManagerCases))]
    public void AManager_SeesAndChanges(string who, long id, long clinic, PersonRole role, bool sees, bool changes)
    {
        Assert.True(sees == Manager.CanSeePerson(id, clinic), $"sees {who}");
        Assert.True(changes == Manager.CanChange(new PersonRef(id, clinic, role)), $"changes {who}");
    }

    [Fact]
    public void WhatCanBeChanged_CanAlwaysBeSeen()
    {
        var people = ManagerCases().Select(row => row.Data).Select(d => new PersonRef(d.Item2, d.Item3, d.Item4)).ToList();
        foreach (var scope in new[] { Manager, Admin, Assistant, AccessScope.Nobody })
            Assert.All(people.Where(scope.CanChange), p => Assert.True(scope.CanSeePerson(p.Id, p.ClinicId), $"{scope.Role} {p}"));
    }

    [Fact]
    public void AnAdmin_ChangesEveryone_IncludingOtherAdmins()
    {
        Assert.True(Admin.CanChange(new PersonRef(21, 1, PersonRole.Admin)));
        Assert.True(Admin.CanChange(new PersonRef(32, 2, PersonRole.Assistant)));
    }

    [Fact]
    public void AnAssistant_ChangesOnlyThemselves()
    {
        Assert.True(Assistant.CanChange(new PersonRef(30, 1, PersonRole.Assistant)));
        Assert.False(Assistant.CanChange(new PersonRef(31, 1, PersonRole.Assistant)));
    }

    [Fact]
    public void ADemotedManagerWithLeftoverClinicLinks_ChangesNobodyElse()
    {
        var demoted = new AccessScope(12, PersonRole.Assistant, new HashSet<long> { 1 });

        Assert.False(demoted.CanChange(new PersonRef(31, 1, PersonRole.Assistant)));
    }

    [Fact]
    public void Nobody_ChangesNothing() =>
        Assert.False(AccessScope.Nobody.CanChange(new PersonRef(0, 1, PersonRole.Assistant)));
}
