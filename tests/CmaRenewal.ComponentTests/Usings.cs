global using Bunit;
global using CmaRenewal.TestKit;
global using MudBlazor;
