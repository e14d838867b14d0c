using System.ComponentModel.DataAnnotations;
using CmaRenewal.Core.People;

namespace CmaRenewal.Application.People;

/// <summary>What the invite form asks for. Role Manager is offered to admins only.</summary>
public sealed class InviteRequest
{
    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(Person.EmailMaxLength)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a first name.")]
    [StringLength(Person.NameMaxLength)]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter a last name.")]
    [StringLength(Person.NameMaxLength)]
    public string LastName { get; set; } = "";

    [Range(1, long.MaxValue, ErrorMessage = "Choose a clinic.")]
    public long ClinicId { get; set; }

    public PersonRole Role { get; set; } = PersonRole.Assistant;
}
