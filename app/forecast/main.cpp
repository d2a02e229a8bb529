// bva-forecast: demand forecasts from a CSV of series (see docs/forecasting.md once written).
int main()
{
    return 0;
}
