global using CmaRenewal.E2ETests.Hosting;
global using Microsoft.Playwright;
global using static Microsoft.Playwright.Assertions;
