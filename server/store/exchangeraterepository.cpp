#include "exchangeraterepository.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<ExchangeRates> ExchangeRateRepository::ofUser(qint64 userId)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT currency, target, rate FROM exchange_rates WHERE user_id = ? ORDER BY currency"_s,
                 {userId}, u"read exchange rates");
    if (!q)
        return q.error();
    ExchangeRates rates;
    while (q->next()) {
        rates.target = q->value(1).toString();
        const QString currency = q->value(0).toString();
        if (currency != rates.target)
            rates.rates.insert(currency, q->value(2).toString());
    }
    return rates;
}

Result<void> ExchangeRateRepository::replace(qint64 userId, const ExchangeRates &rates)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin exchange rates: "_s + tx.beginError());
    if (auto q = sql::run(db, u"DELETE FROM exchange_rates WHERE user_id = ?"_s, {userId},
                          u"clear exchange rates");
        !q)
        return q.error();
    if (!rates.target.isEmpty()) {
        QMap<QString, QString> rows = rates.rates;
        rows.insert(rates.target, u"1"_s);
        const QVariant now = sql::nowMs();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (auto q = sql::run(db,
                                  u"INSERT INTO exchange_rates (user_id, currency, target, rate, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?)"_s,
                                  {userId, it.key(), rates.target, it.value(), now}, u"write exchange rate");
                !q)
                return q.error();
        }
    }
    return tx.commit();
}

} // namespace bva
