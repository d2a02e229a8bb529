# bva's 28-day forecasts of the daily smooth SKUs (365 training days) against hybrids that swap in one part,
# each scored by MASE over the truth's (the generator's expected demand, expected-daily.csv). "steady" is the
# truth without its level's random drift (calendar and yearly cycle only). Parts: the level (the 28 days'
# total), the weekday profile (ordinary days, after each series' log-linear trend over the 28 days), the payday
# days (the 15th, the month end, the 16th, the 1st), the trend (that log-linear slope). Learnable versions: the
# weekday profile shrunk toward the group's by empirical Bayes from the history alone, a local level (weekly
# totals smoothed by a fixed alpha), the 365 days' mean level.
# Usage (from daily_floors.sh): Rscript daily_floors.R SEED... (directories with daily.csv, expected-daily.csv,
# forecast.csv)
cut <- "2026-10-04"
byseries <- function(d, ser, col) t(sapply(ser, function(k) d[[col]][d$series == k]))
eventDay <- function(dd) {
  dom <- as.integer(format(dd, "%d"))
  last <- as.integer(format(as.Date(format(dd + 31, "%Y-%m-01")) - 1, "%d"))
  dom %in% c(1, 15, 16) | dom == last
}
rows <- list()
for (s in commandArgs(trailingOnly = TRUE)) {
  a <- read.csv(file.path(s, "daily.csv"), stringsAsFactors = FALSE)
  e <- read.csv(file.path(s, "expected-daily.csv"), stringsAsFactors = FALSE)
  f <- read.csv(file.path(s, "forecast.csv"), stringsAsFactors = FALSE)
  ser <- sort(unique(a$series[grepl("^smooth", a$series)]))
  n <- length(ser)
  a <- a[a$series %in% ser, ]; a <- a[order(a$series, a$date), ]
  e <- e[e$series %in% ser, ]; e <- e[order(e$series, e$date), ]
  f <- f[f$series %in% ser, ]; f <- f[order(f$series, f$date), ]
  H <- byseries(a[a$date < cut, ], ser, "quantity")
  O <- byseries(a[a$date >= cut, ], ser, "quantity")
  Fc <- byseries(f, ser, "forecast")
  Tr <- byseries(e[e$date >= cut, ], ser, "expected")
  St <- byseries(e[e$date >= cut, ], ser, "steady")
  TrH <- byseries(e[e$date < cut, ], ser, "expected")
  hd <- as.Date(sort(unique(a$date[a$date < cut])))
  od <- as.Date(sort(unique(a$date[a$date >= cut])))
  ev <- eventDay(od)
  evh <- eventDay(hd)
  wdo <- as.integer(format(od, "%u"))
  wdh <- as.integer(format(hd, "%u"))
  scale <- apply(H, 1, function(y) mean(abs(diff(y, lag = 7))))
  mase <- function(P) rowMeans(abs(O - P)) / scale
  truth <- mean(mase(Tr))
  r <- function(P) mean(mase(P)) / truth
  withLevel <- function(P, total) P / rowSums(P) * total
  # per series: log-linear trend and log weekday profile (mean 0) of the ordinary days
  tt <- seq_along(od) - mean(seq_along(od))
  fitShape <- function(P) t(sapply(1:n, function(i) {
    co <- coef(lm(log(P[i, !ev]) ~ tt[!ev] + factor(wdo[!ev])))
    p <- c(0, co[3:8])
    c(co[2], p - mean(p))
  }))
  sT <- fitShape(Tr); sF <- fitShape(Fc)
  withTrend <- function(slope) withLevel(Fc * exp(outer(slope - sF[, 1], tt)), rowSums(Fc))
  withProfile <- function(p) {
    adj <- exp(p - sF[, 2:8])[cbind(rep(1:n, each = sum(!ev)), rep(wdo[!ev], n))]
    P <- Fc
    P[, !ev] <- Fc[, !ev] * matrix(adj, n, sum(!ev), byrow = TRUE)
    P[, !ev] <- P[, !ev] * rowSums(Fc[, !ev]) / rowSums(P[, !ev])
    P
  }
  # the weekday profile a year of history gives: each weekday over its whole week's mean (ordinary days), shrunk
  # toward the group's mean by tau2 / (tau2 + noise), tau2 the indices' spread between the series less their noise
  first <- which(wdh == 1)[1]
  weeks <- (length(hd) - first + 1) %/% 7
  own <- matrix(NA, n, 7); noise <- matrix(NA, n, 7)
  for (i in 1:n) for (d in 1:7) {
    idx <- first + 7 * (0:(weeks - 1))
    m <- sapply(idx, function(j) mean(H[i, j + 0:6]))
    keep <- m > 0 & !evh[idx + d - 1]
    rat <- H[i, idx[keep] + d - 1] / m[keep]
    own[i, d] <- mean(rat); noise[i, d] <- var(rat) / length(rat)
  }
  g <- colMeans(own)
  tau2 <- pmax(colMeans(sweep(own, 2, g)^2) - colMeans(noise), 0)
  Tau <- matrix(tau2, n, 7, byrow = TRUE)
  shrunk <- sweep(sweep(own, 2, g) * Tau / (Tau + noise), 2, g, "+")
  logProfile <- function(x) { l <- log(x); l - rowMeans(l) }
  # local level: weekly totals smoothed, alpha 0.2 (about the engine's), and the 365 days' mean
  W <- sapply(0:51, function(k) rowSums(H[, length(hd) - 7 * (51 - k) - 6:0, drop = FALSE]))
  local <- W[, 1]
  for (k in 2:52) local <- 0.2 * W[, k] + 0.8 * local
  endTruth <- rowSums(TrH[, length(hd) - 27:0]) / 4
  bias <- mean(log(rowSums(Fc) / rowSums(Tr)))
  rows[[length(rows) + 1]] <- data.frame(
    set = s, bva = r(Fc),
    truth.level = r(withLevel(Fc, rowSums(Tr))), steady.level = r(withLevel(Fc, rowSums(St))),
    truth.level.bva.bias = r(withLevel(Fc, rowSums(Tr) * exp(bias))),
    local.level = r(withLevel(Fc, local * 4)), year.level = r(withLevel(Fc, rowMeans(H) * 28)),
    truth.shape = r(withLevel(Tr, rowSums(Fc))), steady.shape = r(withLevel(St, rowSums(Fc))),
    truth.weekdays = r(withProfile(sT[, 2:8])), learnt.weekdays = r(withProfile(logProfile(shrunk))),
    truth.trend = r(withTrend(sT[, 1])),
    truth.events = r({ P <- Fc; P[, ev] <- Tr[, ev] * rowSums(Fc[, !ev]) / rowSums(Tr[, !ev]); P }),
    level.bias = bias, level.sd = sd(log(rowSums(Fc) / rowSums(Tr))),
    end.sd.bva = sd(log(rowSums(Fc) / 4 / endTruth)), end.sd.local = sd(log(local / endTruth)),
    profile.rms.bva = sqrt(mean((sF[, 2:8] - sT[, 2:8])^2)),
    profile.rms.learnt = sqrt(mean((logProfile(shrunk) - sT[, 2:8])^2)),
    profile.rms.own = sqrt(mean((logProfile(own) - sT[, 2:8])^2)))
}
d <- do.call(rbind, rows)
options(width = 250)
print(d, digits = 4, row.names = FALSE)
cat("\nMeans over the sets:\n")
print(colMeans(d[, -1]), digits = 4)
