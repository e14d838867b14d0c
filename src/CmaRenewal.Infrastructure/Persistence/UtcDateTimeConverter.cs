using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>Stores UTC instants as they are and marks them UTC again when read back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
