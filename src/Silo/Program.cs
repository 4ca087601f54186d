using Grid.Api.Hosting;
using Grid.Grains;
using Grid.Runtime.Hosting;
using Grid.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseSiloDefaults(builder.Configuration);
builder.Services.AddGridSilo();
builder.Services.AddGridGrains();
builder.Services.AddGridApi();

var app = builder.Build();
app.UseGridApi();
app.MapGridApi();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();
