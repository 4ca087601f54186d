using Grid.Api.Health;
using Grid.Api.Probes;
using Grid.Api.SampleData;
using Grid.Grains;
using Grid.Runtime.Hosting;
using Grid.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseSiloDefaults(builder.Configuration);
builder.Services.AddGridSilo();
builder.Services.AddGridGrains();

var app = builder.Build();
app.MapHealth();
app.MapProbes();
app.MapSampleData();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();
