# Reference: forecast::ets() (automatic model choice by AICc) and seasonal naive on the same
# holdout as `bva-forecast --evaluate K`, with the same MASE/RMSSE scaling (in-sample seasonal
# differences of the training part, lag 12; lag 1 when shorter than two seasons).
# Usage: Rscript ets_eval.R SERIES.csv K [SEASON_LENGTH, default 12]
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
k <- as.integer(args[2])
m <- if (length(args) >= 3) as.integer(args[3]) else 12
cat("series,model,mase,rmsse,naive_mase,naive_rmsse,cover80,cover95\n")
res <- NULL
for (name in unique(d$series)) {
  y <- d$quantity[d$series == name]
  n <- length(y) - k
  train <- ts(y[1:n], frequency = m)
  actual <- y[(n + 1):(n + k)]
  lag <- if (n >= 2 * m) m else 1
  dif <- train[(lag + 1):n] - train[1:(n - lag)]
  mae_s <- mean(abs(dif)); mse_s <- mean(dif^2)
  if (mae_s == 0 || mse_s == 0) {  # as bva-forecast: no scale, left out of the means
    cat(sprintf("%s,,NA,NA,NA,NA,NA,NA\n", name))
    next
  }
  fit <- ets(train)
  fc <- forecast(fit, h = k, level = c(80, 95))
  f <- pmax(0, as.numeric(fc$mean))  # demand: clipped at zero, as bva-forecast does
  # Demand cannot be negative: bounds clipped at zero as bva-forecast does (coverage is unchanged).
  inside <- function(j) mean(actual >= pmax(0, fc$lower[, j]) & actual <= fc$upper[, j])
  cover <- c(inside(1), inside(2))
  sn <- as.numeric(snaive(train, h = k)$mean)
  acc <- function(fc) c(mean(abs(actual - fc)) / mae_s, sqrt(mean((actual - fc)^2) / mse_s))
  a <- acc(f); b <- acc(sn)
  res <- rbind(res, c(a, b, cover))
  cat(sprintf("%s,\"%s\",%.4f,%.4f,%.4f,%.4f,%.4f,%.4f\n", name, fit$method, a[1], a[2], b[1], b[2], cover[1], cover[2]))
}
mu <- colMeans(res)
cat(sprintf("mean,,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f\n", mu[1], mu[2], mu[3], mu[4], mu[5], mu[6]))
