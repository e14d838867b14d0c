using CmaRenewal.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

// EF's compiled models cannot carry a query filter (dotnet/efcore#24897), so the configurations leave the soft-delete
// filter out at design time and each provider's compiled model gets it back here, in the hook the generated entity
// type calls. The collection and filter types are EF internals (EF1001): CompiledModelTests checks that a query
// through the compiled model still leaves deleted entries out.
#pragma warning disable EF1001
namespace CmaRenewal.Infrastructure.Persistence.CompiledModels
{
    internal static class SoftDeleteFilter
    {
        public static void AddTo(RuntimeEntityType ceActivities) =>
            ceActivities.AddAnnotation(CoreAnnotationNames.QueryFilter,
                new QueryFilterCollection([new RuntimeQueryFilter(null!, CeActivityConfiguration.NotDeleted)]));
    }
}

namespace CmaRenewal.Infrastructure.Persistence.CompiledModels.Sqlite
{
    public partial class CeActivityEntityType
    {
        static partial void Customize(RuntimeEntityType runtimeEntityType) => SoftDeleteFilter.AddTo(runtimeEntityType);
    }
}

namespace CmaRenewal.Infrastructure.Persistence.CompiledModels.SqlServer
{
    public partial class CeActivityEntityType
    {
        static partial void Customize(RuntimeEntityType runtimeEntityType) => SoftDeleteFilter.AddTo(runtimeEntityType);
    }
}
#pragma warning restore EF1001
