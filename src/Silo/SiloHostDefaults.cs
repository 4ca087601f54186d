namespace Grid.Silo;

/// <summary>Where the silo listens when nothing is configured.</summary>
internal static class SiloHostDefaults
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Listens on 127.0.0.1:5080 unless --urls, ASPNETCORE_URLS or Kestrel endpoints say otherwise.</summary>
    public static IWebHostBuilder UseSiloDefaults(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var configured = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
        if (string.IsNullOrEmpty(configured) && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            webHost.UseUrls(DefaultUrl);
        }

        return webHost;
    }
}
