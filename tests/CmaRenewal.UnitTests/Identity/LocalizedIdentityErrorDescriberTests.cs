using System.Reflection;
using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CmaRenewal.UnitTests.Identity;

/// <summary>
/// Identity's own error texts read in the person's language: in English word for word Identity's, in Spanish from the
/// resource pair, for every error Identity can describe, with Identity's codes unchanged.
/// </summary>
public sealed class LocalizedIdentityErrorDescriberTests
{
    private static readonly LocalizedIdentityErrorDescriber Localized = new();
    private static readonly IdentityErrorDescriber Identitys = new();

    private static IEnumerable<MethodInfo> ErrorMethods() =>
        typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError));

    public static TheoryData<string> ErrorNames() => [.. ErrorMethods().Select(m => m.Name).Distinct()];

    [Theory]
    [MemberData(nameof(ErrorNames))]
    public void EveryError_IsOverridden(string name) =>
        Assert.All(ErrorMethods().Where(m => m.Name == name), m =>
            Assert.Equal(typeof(LocalizedIdentityErrorDescriber), typeof(LocalizedIdentityErrorDescriber)
                .GetMethod(m.Name, [.. m.GetParameters().Select(p => p.ParameterType)])!.DeclaringType));

    [Theory]
    [MemberData(nameof(ErrorNames))]
    public void InEnglish_TheTextIsIdentitys_AndInSpanishItIsNot_WithTheSameCode(string name)
    {
        var method = ErrorMethods().First(m => m.Name == name);
        var values = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)10 : "ana@example.org").ToArray();
        var identitys = (IdentityError)method.Invoke(Identitys, values)!;

        using (AppCulture.Use("en"))
            Assert.Equal((identitys.Code, identitys.Description), Describe(method, values));
        using (AppCulture.Use("es"))
        {
            var spanish = Describe(method, values);
            Assert.Equal(identitys.Code, spanish.Code);
            Assert.NotEqual(identitys.Description, spanish.Description);
        }
    }

    [Fact]
    public void InSpanish_ValuesAreFilledIn()
    {
        using (AppCulture.Use("es"))
        {
            Assert.Equal("La contraseña debe tener al menos 10 caracteres.", Localized.PasswordTooShort(10).Description);
            Assert.Equal("El correo electrónico 'ana@example.org' ya está en uso.", Localized.DuplicateEmail("ana@example.org").Description);
        }
    }

    private static (string Code, string Description) Describe(MethodInfo method, object[] values)
    {
        var error = (IdentityError)method.Invoke(Localized, values)!;
        return (error.Code, error.Description);
    }
}
