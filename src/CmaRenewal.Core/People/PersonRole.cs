namespace CmaRenewal.Core.People;

/// <summary>What a person may do: assistants hold credentials, managers oversee clinics, admins run the app.</summary>
public enum PersonRole
{
    Assistant,
    Manager,
    Admin,
}
