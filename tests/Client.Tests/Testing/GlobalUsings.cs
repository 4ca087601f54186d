global using Grid.Api.Tests.Testing;
