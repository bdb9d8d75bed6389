using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>How the library is built: the settings that make its trimming and AOT promises checked.</summary>
public class LibraryBuildTests
{
    [Test]
    public void TheNet10BuildIsMarkedTrimmableSoTrimmingAnalyzersCheckIt()
    {
        var metadata = typeof(Figure).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        Assert.That(metadata.TryGetValue("IsTrimmable", out var trimmable) ? trimmable : null, Is.EqualTo("True"));
    }
}
