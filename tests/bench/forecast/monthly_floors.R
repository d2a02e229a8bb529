# bva's 12-month monthly forecasts (36 training months) against hybrids that swap in one known part,
# each scored by MASE over the truth's (the generator's expected demand, expected-daily.csv summed by month).
# Level: the 12-month total. Shape: the months' shares of it. "steady" is the truth without its level's
# random drift (calendar and yearly cycle only): what any history could at best reveal.
# Usage (from monthly_floors.sh): Rscript monthly_floors.R SEED... (directories with monthly.csv,
# expected-daily.csv, forecast.csv)
months <- function(e, col) {
  e$month <- paste0(substr(e$date, 1, 7), "-01")
  e <- e[e$month >= "2025-11-01", ]
  a <- aggregate(e[[col]], list(series = e$series, month = e$month), sum)
  a[order(a$series, a$month), ]
}
byseries <- function(d, ser, col) t(sapply(ser, function(k) d[[col]][d$series == k]))
ws <- seq(0, 1, 0.1)
rows <- list()
for (s in commandArgs(trailingOnly = TRUE)) {
  a <- read.csv(file.path(s, "monthly.csv"), stringsAsFactors = FALSE)
  e <- read.csv(file.path(s, "expected-daily.csv"), stringsAsFactors = FALSE)
  f <- read.csv(file.path(s, "forecast.csv"), stringsAsFactors = FALSE)
  a <- a[order(a$series, a$date), ]
  ser <- unique(a$series)
  H <- byseries(a[a$date < "2025-11-01", ], ser, "quantity")
  O <- byseries(a[a$date >= "2025-11-01", ], ser, "quantity")
  Fc <- byseries(f[order(f$series, f$date), ], ser, "forecast")
  Tr <- byseries(months(e, "expected"), ser, "x")
  St <- byseries(months(e, "steady"), ser, "x")
  cls <- sub("-.*", "", ser)
  scale <- apply(H, 1, function(y) mean(abs(diff(y, lag = 12))))
  mase <- function(P) rowMeans(abs(O - P)) / scale
  withLevel <- function(shape, total) shape / rowSums(shape) * total
  level <- rowSums(Fc)
  # month-of-year index of each series over its 3 training years (Nov … Oct, as the holdout)
  own <- t(apply(H, 1, function(y) { m <- matrix(y, 12); rowSums(m) / sum(m) * 12 }))
  cycle <- function(i) matrix(colMeans(own[i, , drop = FALSE]), length(ser), 12, byrow = TRUE)
  amplitude <- function(G) rowSums((own - 1) * (G - 1)) / rowSums((G - 1)^2)
  G <- cycle(rowSums(H) > 0)
  steadyAmp <- rowSums((St / rowMeans(St) - 1) * (G - 1)) / rowSums((G - 1)^2)
  for (c in c("intermittent", "lumpy", "smooth")) {
    i <- cls == c
    truth <- mean(mase(Tr)[i])
    r <- function(P) mean(mase(P)[i]) / truth
    C <- cycle(i)
    shrunk <- function(G, w) r(withLevel(1 + (1 + w * (amplitude(G) - 1)) * (G - 1), level))
    rows[[length(rows) + 1]] <- data.frame(
      set = s, class = c, bva = r(Fc),
      truth.level = r(withLevel(Fc, rowSums(Tr))), steady.level = r(withLevel(Fc, rowSums(St))),
      mean36.level = r(withLevel(Fc, rowSums(H) / 3)),
      truth.shape = r(withLevel(Tr, level)), steady.shape = r(withLevel(St, level)),
      cycle.exact.amp = r(withLevel(1 + steadyAmp * (G - 1), level)),
      flat = r(withLevel(matrix(1, length(ser), 12), level)), cycle = r(withLevel(G, level)),
      t(sapply(ws, function(w) shrunk(G, w), simplify = TRUE) |> setNames(sprintf("amp%.1f", ws))),
      t(sapply(ws, function(w) shrunk(C, w), simplify = TRUE) |> setNames(sprintf("class.amp%.1f", ws))))
  }
}
d <- do.call(rbind, rows)
options(width = 200)
fixed <- c("bva", "truth.level", "steady.level", "mean36.level", "truth.shape", "steady.shape", "cycle.exact.amp",
           "flat", "cycle")
print(d[, c("set", "class", fixed)], digits = 4, row.names = FALSE)
cat("\nMeans over the sets; the own amplitude on the all-series cycle (amp w) or on the class's (class.amp w),\n",
    "shrunk toward the cycle's with weight w on its own (w chosen in hindsight: the best any fixed shrinkage gives)\n")
for (c in c("intermittent", "lumpy", "smooth")) {
  m <- colMeans(d[d$class == c, -(1:2)])
  amp <- m[grepl("^amp", names(m))]; camp <- m[grepl("^class.amp", names(m))]
  cat(sprintf("%-12s %s | best amp %.4f (%s), best class.amp %.4f (%s)\n", c,
              paste(sprintf("%s %.4f", fixed, m[fixed]), collapse = ", "),
              min(amp), names(amp)[which.min(amp)], min(camp), names(camp)[which.min(camp)]))
}
