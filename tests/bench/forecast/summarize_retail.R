# Joins bva-forecast --evaluate and ets_eval.R answers on the same series and prints issue 22's
# table: mean MASE per demand class (the series name's prefix, "smooth-017") and overall, the ratios
# to ets() and to the seasonal naive, and the 80%/95% interval coverage, with the goals checked.
# With ORACLE.csv (series,oracle_mase: the generator's own expected demand on the holdout), also the
# best mean forecast's MASE per class, the floor no forecaster of the mean can be expected to beat.
# Usage: Rscript summarize_retail.R BVA.csv ETS.csv LABEL [ORACLE.csv]
args <- commandArgs(trailingOnly = TRUE)
b <- read.csv(args[1], stringsAsFactors = FALSE)
e <- read.csv(args[2], stringsAsFactors = FALSE)
b <- b[b$series != "mean", ]
e <- e[e$series != "mean", ]
d <- merge(b, e, by = "series", suffixes = c("", ".ets"))
d <- d[is.finite(d$mase) & is.finite(d$mase.ets) & is.finite(d$naive_mase), ]
d$group <- sub("-.*", "", d$series)
oracle <- length(args) >= 4
if (oracle) {
  o <- read.csv(args[4], stringsAsFactors = FALSE)
  d <- merge(d, o, by = "series", all.x = TRUE)
}
row <- function(name, x) {
  bva <- mean(x$mase); ets <- mean(x$mase.ets); sn <- mean(x$naive_mase)
  ok <- bva <= 0.95 * ets && bva <= 0.9 * sn &&
    abs(mean(x$cover80) - 0.8) <= 0.02 && abs(mean(x$cover95) - 0.95) <= 0.02
  cat(sprintf("%-13s %4d  %6.3f %6.3f %6.3f   %5.3f   %5.3f   %5.1f%% %5.1f%%   %5.1f%% %5.1f%%   %s\n",
              name, nrow(x), bva, ets, sn, bva / ets, bva / sn,
              100 * mean(x$cover80), 100 * mean(x$cover95),
              100 * mean(x$cover80.ets), 100 * mean(x$cover95.ets), if (ok) "met" else "NOT met"))
  if (oracle) {
    or <- mean(x$oracle_mase, na.rm = TRUE)
    cat(sprintf("%-13s       oracle (expected demand) %6.3f: ets/oracle %5.3f, 0.95 x ets / oracle %5.3f\n",
                "", or, ets / or, 0.95 * ets / or))
  }
}
cat(sprintf("== %s: mean MASE (goal: bva/ets <= 0.95, bva/snaive <= 0.90, coverage within 2 points)\n", args[3]))
cat("class            n     bva    ets snaive  bva/ets bva/sn  bva 80%  bva 95%   ets 80%  ets 95%\n")
for (g in sort(unique(d$group))) row(g, d[d$group == g, ])
row("all", d)
