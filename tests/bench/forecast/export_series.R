# Writes real public monthly series shipped with R (datasets) and r-cran-forecast as
# series,date,quantity CSV (dates are the first of each month). Usage: Rscript export_series.R OUT.csv
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "monthly.csv"
series <- list(
  AirPassengers = datasets::AirPassengers,
  nottem = datasets::nottem,
  co2 = datasets::co2,
  UKDriverDeaths = datasets::UKDriverDeaths,
  ldeaths = datasets::ldeaths,
  mdeaths = datasets::mdeaths,
  fdeaths = datasets::fdeaths,
  USAccDeaths = datasets::USAccDeaths,
  sunspot.month = window(datasets::sunspot.month, start = c(1950, 1)),
  gas = forecast::gas,
  wineind = forecast::wineind
)
rows <- list()
for (name in names(series)) {
  y <- series[[name]]
  stopifnot(frequency(y) == 12)
  t0 <- start(y)
  n <- length(y)
  months <- (t0[1] * 12 + t0[2] - 1) + 0:(n - 1)
  dates <- sprintf("%04d-%02d-01", months %/% 12, months %% 12 + 1)
  rows[[name]] <- data.frame(series = name, date = dates, quantity = as.numeric(y))
}
write.csv(do.call(rbind, rows), out, row.names = FALSE, quote = FALSE)
