// How the watchlist sorts: each column's natural value, and ranks that make sorting 100,000 rows cheap.
#include "console/core/models/sessionmodel.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SessionModel::SortKey SessionModel::sortKey(const Row &row, int column)
{
    const auto text = [](const QString &value) { return SortKey{0, value, true}; };
    const auto number = [](qint64 value) { return SortKey{value, {}, false}; };
    switch (column) {
    case TokenColumn:
        return text(row.session.token);
    case UserIdColumn:
        return text(row.session.userId);
    case ProfileColumn:
        return text(row.profileName);
    case CreatedColumn:
        return number(row.session.addedAt.toMSecsSinceEpoch());
    case StatusColumn:
        return number(int(row.status));
    case AgeColumn:
        return number(row.ageValue);
    case MethodColumn:
        return text(row.method);
    case ReasonColumn:
        return text(row.reason);
    case TicketColumn:
        return text(row.session.ticket + u'\n' + row.session.note);
    case LastPolledColumn:
        return number(row.session.lastPolledAt.isValid() ? row.session.lastPolledAt.toMSecsSinceEpoch() : 0);
    case NextPollColumn:
        // Stopped or unscheduled rows come last.
        return number(row.nextPollAt.isValid() && row.pollState != PollState::Stopped ? row.nextPollAt.toMSecsSinceEpoch()
                                                                                       : std::numeric_limits<qint64>::max());
    default:
        return {};
    }
}

namespace {

// Case folding without a copy for what needs none: tokens, user ids and methods are mostly lower-case ASCII,
// and folding them would allocate 100,000 strings for nothing.
QString folded(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || (c.unicode() >= 'A' && c.unicode() <= 'Z'))
            return text.toCaseFolded();
    }
    return text;
}

int threeWay(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

int SessionModel::compareByValue(const Row &l, const Row &r, int column)
{
    const SortKey lk = sortKey(l, column);
    const SortKey rk = sortKey(r, column);
    // Case-folded and then compared as UTF-16: the same order rankRows() gives.
    int order = lk.isText ? QString::compare(folded(lk.text), folded(rk.text)) : threeWay(lk.number, rk.number);
    if (order == 0)
        order = QString::compare(folded(l.session.token), folded(r.session.token));
    return order != 0 ? order : QString::compare(l.session.token, r.session.token);   // tokens differing in case only
}

int SessionModel::compareRows(int a, int b, int column) const
{
    if (column != m_rankedColumn || m_unranked > m_data.size() / 8)
        rankRows(column);
    const int l = m_rank[size_t(a)];
    const int r = m_rank[size_t(b)];
    if (l >= 0 && r >= 0)
        return threeWay(l, r);
    return compareByValue(m_data[a], m_data[b], column);
}

namespace {

// Sorts \a order (indices into \a texts) by text, as UTF-16, then by \a tie. Most comparisons are decided by a
// 64-bit key from the four units after the prefix all texts share (tokens share "xit_"), read from a compact
// array; the texts themselves only settle equal keys. Texts that share their data (one profile's name on every
// row) compare equal without reading it.
template<typename Tie>
void sortByText(std::vector<int> &order, const std::vector<QString> &texts, Tie tie)
{
    qsizetype common = texts.empty() ? 0 : texts.front().size();
    for (const QString &t : texts) {
        qsizetype i = 0;
        const qsizetype limit = std::min(common, t.size());
        while (i < limit && t[i] == texts.front()[i])
            ++i;
        common = i;
    }
    std::vector<quint64> keys(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        quint64 key = 0;
        for (qsizetype j = common; j < common + 4; ++j)
            key = (key << 16) | (j < texts[i].size() ? texts[i][j].unicode() : 0u);
        keys[i] = key;
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (keys[size_t(a)] != keys[size_t(b)])
            return keys[size_t(a)] < keys[size_t(b)];
        const QString &l = texts[size_t(a)];
        const QString &r = texts[size_t(b)];
        const int byText = l.constData() == r.constData() && l.size() == r.size() ? 0 : QString::compare(l, r);
        return byText != 0 ? byText < 0 : tie(a, b);
    });
}

} // namespace

// Every row's place by its token, case-folded (then as written): the tie-break of every other column. Tokens do
// not change, so this holds until rows arrive (removing rows keeps the others' order).
void SessionModel::rankTokens() const
{
    const size_t n = size_t(m_data.size());
    std::vector<QString> tokens(n);
    for (size_t i = 0; i < n; ++i)
        tokens[i] = folded(m_data[qsizetype(i)].session.token);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    sortByText(order, tokens, [this](int a, int b) { return QString::compare(m_data[a].session.token, m_data[b].session.token) < 0; });
    m_tokenRank.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
        m_tokenRank[size_t(order[i])] = int(i);
    m_tokensRanked = true;
}

// Every row's place by \a column (ties by token), computed once with each value read and case-folded once: a
// proxy's sort of 100,000 rows then compares two integers per step instead of building two keys.
void SessionModel::rankRows(int column) const
{
    if (!m_tokensRanked)
        rankTokens();
    const size_t n = size_t(m_data.size());
    if (column == TokenColumn) {
        m_rank = m_tokenRank;
    } else {
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        const auto byToken = [this](int a, int b) { return m_tokenRank[size_t(a)] < m_tokenRank[size_t(b)]; };
        if (n > 0 && sortKey(m_data[0], column).isText) {
            std::vector<QString> texts(n);
            for (size_t i = 0; i < n; ++i)
                texts[i] = folded(sortKey(m_data[qsizetype(i)], column).text);
            sortByText(order, texts, byToken);
        } else {
            std::vector<qint64> numbers(n);
            for (size_t i = 0; i < n; ++i)
                numbers[i] = sortKey(m_data[qsizetype(i)], column).number;
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return numbers[size_t(a)] != numbers[size_t(b)] ? numbers[size_t(a)] < numbers[size_t(b)] : byToken(a, b);
            });
        }
        for (size_t i = 0; i < n; ++i)
            m_rank[size_t(order[i])] = int(i);
    }
    m_rankedColumn = column;
    m_unranked = 0;
}

void SessionModel::eraseRanks(int first, int last)
{
    m_rank.erase(m_rank.begin() + first, m_rank.begin() + last + 1);
    if (m_tokensRanked)
        m_tokenRank.erase(m_tokenRank.begin() + first, m_tokenRank.begin() + last + 1);
}

void SessionModel::unrank(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_rankedColumn < topLeft.column() || m_rankedColumn > bottomRight.column())
        return;
    if (bottomRight.row() - topLeft.row() >= m_data.size() / 8) {
        m_rankedColumn = -1;   // most rows changed: rank them all again when next asked
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (m_rank[size_t(r)] >= 0) {
            m_rank[size_t(r)] = -1;
            ++m_unranked;
        }
    }
}

} // namespace Xident::Console
