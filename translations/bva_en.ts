<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bva::AuthService</name>
    <message numerus="yes">
        <source>too many failed sign-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>too many failed sign-ins; try again in %n second</numerusform>
            <numerusform>too many failed sign-ins; try again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many accounts created from here; try again in %n second(s)</source>
        <translation>
            <numerusform>too many accounts created from here; try again in %n second</numerusform>
            <numerusform>too many accounts created from here; try again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many email changes from here; try again in %n second(s)</source>
        <translation>
            <numerusform>too many email changes from here; try again in %n second</numerusform>
            <numerusform>too many email changes from here; try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::CatalogImport</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal</numerusform>
            <numerusform>%1: &quot;%2&quot; has more than %n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported</source>
        <translation>
            <numerusform>%n row has errors; nothing was imported</numerusform>
            <numerusform>%n rows have errors; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::TeamService</name>
    <message numerus="yes">
        <source>code: wrong invitation code; %n attempt(s) left before it locks</source>
        <translation>
            <numerusform>code: wrong invitation code; %n attempt left before it locks</numerusform>
            <numerusform>code: wrong invitation code; %n attempts left before it locks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::Webhooks</name>
    <message numerus="yes">
        <source>shopId: required, this credential serves %n shops</source>
        <translation>
            <numerusform>shopId: required, this credential serves %n shop</numerusform>
            <numerusform>shopId: required, this credential serves %n shops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast</name>
    <message numerus="yes">
        <source>%1 demand. %2 had the smallest error in %n test(s) on recent history (scaled error %3</source>
        <translation>
            <numerusform>%1 demand. %2 had the smallest error in %n test on recent history (scaled error %3</numerusform>
            <numerusform>%1 demand. %2 had the smallest error in %n tests on recent history (scaled error %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast::MarketMate</name>
    <message numerus="yes">
        <source>hashtags: at most %n hashtags</source>
        <translation>
            <numerusform>hashtags: at most %n hashtag</numerusform>
            <numerusform>hashtags: at most %n hashtags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashtags: each one word of at most %n characters</source>
        <translation>
            <numerusform>hashtags: each one word of at most %n character</numerusform>
            <numerusform>hashtags: each one word of at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast::RestockPlanner</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago — do not reorder until the expired units are off sale and the product has the expiry date of a new batch.</source>
        <translation>
            <numerusform>Expired %n day ago — do not reorder until the expired units are off sale and the product has the expiry date of a new batch.</numerusform>
            <numerusform>Expired %n days ago — do not reorder until the expired units are off sale and the product has the expiry date of a new batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) stay at risk of running out</source>
        <translation>
            <numerusform>%n product stays at risk of running out</numerusform>
            <numerusform>%n products stay at risk of running out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) need stock but have no cost price; add costs to plan them.</source>
        <translation>
            <numerusform>%n product needs stock but has no cost price; add its cost to plan it.</numerusform>
            <numerusform>%n products need stock but have no cost price; add costs to plan them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sells about %1 a day; %2 in stock last about %n day(s).</source>
        <translation>
            <numerusform>Sells about %1 a day; %2 in stock last about %n day.</numerusform>
            <numerusform>Sells about %1 a day; %2 in stock last about %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the reorder point of %1: it may run out before a new order arrives in %n day(s).</source>
        <translation>
            <numerusform>Below the reorder point of %1: it may run out before a new order arrives in %n day.</numerusform>
            <numerusform>Below the reorder point of %1: it may run out before a new order arrives in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock covers the next %n day(s) plus safety stock; no order needed.</source>
        <translation>
            <numerusform>Stock covers the next %n day plus safety stock; no order needed.</numerusform>
            <numerusform>Stock covers the next %n days plus safety stock; no order needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::forecast::SmartShelf</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago with %1 still in stock.</source>
        <translation>
            <numerusform>Expired %n day ago with %1 still in stock.</numerusform>
            <numerusform>Expired %n days ago with %1 still in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then at the expected %3 a day.</source>
        <translation>
            <numerusform>Expires in %n day; about %1 of %2 will not sell by then at the expected %3 a day.</numerusform>
            <numerusform>Expires in %n days; about %1 of %2 will not sell by then at the expected %3 a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sale for %n day(s) with %1 in stock.</source>
        <translation>
            <numerusform>No sale for %n day with %1 in stock.</numerusform>
            <numerusform>No sale for %n days with %1 in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s); about %1 of %2 will not sell by then: it has hardly sold lately.</source>
        <translation>
            <numerusform>Expires in %n day; about %1 of %2 will not sell by then: it has hardly sold lately.</numerusform>
            <numerusform>Expires in %n days; about %1 of %2 will not sell by then: it has hardly sold lately.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountDialog</name>
    <message numerus="yes">
        <source>Too many attempts that did not match. For your safety, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many attempts that did not match. For your safety, wait %n second before trying again.</numerusform>
            <numerusform>Too many attempts that did not match. For your safety, wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::AccountSettings</name>
    <message numerus="yes">
        <source>Too many attempts that did not match. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many attempts that did not match. Wait %n second and try again.</numerusform>
            <numerusform>Too many attempts that did not match. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s).</source>
        <translation>
            <numerusform>%n open session.</numerusform>
            <numerusform>%n open sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityModel</name>
    <message numerus="yes">
        <source>further attempts wait %n second(s)</source>
        <translation>
            <numerusform>further attempts wait %n second</numerusform>
            <numerusform>further attempts wait %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts; asked to wait %n second(s)</source>
        <translation>
            <numerusform>too many failed attempts; asked to wait %n second</numerusform>
            <numerusform>too many failed attempts; asked to wait %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) ended</source>
        <translation>
            <numerusform>%n other session ended</numerusform>
            <numerusform>%n other sessions ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies), the last from %1</source>
        <translation>
            <numerusform>%n delivery, the last from %1</numerusform>
            <numerusform>%n deliveries, the last from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::ActivityPage</name>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::ConsentWindow</name>
    <message numerus="yes">
        <source>%1&apos;s page at %2 did not load within %n second(s). Check that the site is up and that you are online, then try again. Nothing was stored.</source>
        <translation>
            <numerusform>%1&apos;s page at %2 did not load within %n second. Check that the site is up and that you are online, then try again. Nothing was stored.</numerusform>
            <numerusform>%1&apos;s page at %2 did not load within %n seconds. Check that the site is up and that you are online, then try again. Nothing was stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%1: %Ln order(s), %2 revenue. The line leaves it out until it is over.</source>
        <translation>
            <numerusform>%1: %Ln order, %2 revenue. The line leaves it out until it is over.</numerusform>
            <numerusform>%1: %Ln orders, %2 revenue. The line leaves it out until it is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counting %Ln cancelled or returned (%1 placed in all)</source>
        <translation>
            <numerusform>Not counting %Ln cancelled or returned (%1 placed in all)</numerusform>
            <numerusform>Not counting %Ln cancelled or returned (%1 placed in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::DeliveriesDialog</name>
    <message numerus="yes">
        <source>%n deliveries shown, newest first.</source>
        <translation>
            <numerusform>%n delivery shown, newest first.</numerusform>
            <numerusform>%n deliveries shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tried %n times.</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationCard</name>
    <message numerus="yes">
        <source>%n unsigned deliveries refused, the last %1.</source>
        <translation>
            <numerusform>%n unsigned delivery refused, the last %1.</numerusform>
            <numerusform>%n unsigned deliveries refused, the last %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::IntegrationsPage</name>
    <message numerus="yes">
        <source>%1 did not confirm within %n second(s) that this account owns the shop. Nothing was stored. Try again in a moment.</source>
        <translation>
            <numerusform>%1 did not confirm within %n second that this account owns the shop. Nothing was stored. Try again in a moment.</numerusform>
            <numerusform>%1 did not confirm within %n seconds that this account owns the shop. Nothing was stored. Try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::MarketMatePage</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%1 is down to %n unit(s).</source>
        <translation>
            <numerusform>%1 is down to %n unit.</numerusform>
            <numerusform>%1 is down to %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::PredictedSalesChart</name>
    <message numerus="yes">
        <source>Next %n day(s): about %1 units</source>
        <translation>
            <numerusform>Next %n day: about %1 units</numerusform>
            <numerusform>Next %n days: about %1 units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::ProductsPage</name>
    <message numerus="yes">
        <source>%1 of %Ln product(s)</source>
        <translation>
            <numerusform>%1 of %Ln product</numerusform>
            <numerusform>%1 of %Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::RestockPage</name>
    <message numerus="yes">
        <source>%n product(s) to buy</source>
        <translation>
            <numerusform>%n product to buy</numerusform>
            <numerusform>%n products to buy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) below the reorder point</source>
        <translation>
            <numerusform>%n product below the reorder point</numerusform>
            <numerusform>%n products below the reorder point</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::TeamPage</name>
    <message numerus="yes">
        <source>Locked after %n wrong code(s): invite again</source>
        <translation>
            <numerusform>Locked after %n wrong code: invite again</numerusform>
            <numerusform>Locked after %n wrong codes: invite again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bva::ui::TopBar</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · last event %n min ago</source>
        <translation>
            <numerusform>Live · last event %n min ago</numerusform>
            <numerusform>Live · last event %n min ago</numerusform>
        </translation>
    </message>
</context>
</TS>
