#include "dispatch/station_pattern.h"

#include <map>

namespace xiuhua::dispatch::station_pattern {

const std::vector<CategoryWeight>& categoryWeights()
{
    static const std::vector<CategoryWeight> weights{
        {"theft", 14}, {"dispute", 12},       {"assistance", 10},  {"traffic", 9}, {"telecom_fraud", 8},
        {"noise", 7},  {"burglary", 6},       {"suspicious", 6},   {"medical", 5}, {"fight", 4},
        {"fire", 4},   {"missing_person", 3}, {"safety_hazard", 4}};
    return weights;
}

int busyCategoryWeight(const CategoryWeight& weight, int hour, bool lastYear)
{
    const bool night = hour >= 22 || hour < 6;
    const bool evening = hour >= 19 && hour < 24;
    const bool rush = (hour >= 7 && hour < 10) || (hour >= 17 && hour < 20);
    const bool office = hour >= 9 && hour < 18;
    const QLatin1String code(weight.code);
    int tenths = 10;
    if (code == QLatin1String("noise"))
        tenths = evening || night ? 30 : 3;
    else if (code == QLatin1String("traffic"))
        tenths = rush ? 22 : night ? 5 : 10;
    else if (code == QLatin1String("fight"))
        tenths = night || evening ? 25 : 5;
    else if (code == QLatin1String("theft"))
        tenths = office ? 15 : 6;
    else if (code == QLatin1String("telecom_fraud"))
        tenths = office ? 16 : 3;
    else if (code == QLatin1String("burglary"))
        tenths = night ? 18 : 8;
    else if (code == QLatin1String("assistance"))
        tenths = office ? 12 : 8;
    if (lastYear && (code == QLatin1String("burglary") || code == QLatin1String("theft")))
        tenths = tenths * 4 / 3;
    return weight.weight * tenths;
}

const std::vector<QString>& surnames()
{
    static const std::vector<QString> list{
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
        QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
        QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("沈"), QStringLiteral("陆"),
        QStringLiteral("顾"), QStringLiteral("蒋"), QStringLiteral("钱"), QStringLiteral("曹")};
    return list;
}

const std::vector<QString>& givenParts()
{
    static const std::vector<QString> list{
        QStringLiteral("伟"),   QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("磊"),
        QStringLiteral("军"),   QStringLiteral("洋"),   QStringLiteral("勇"),   QStringLiteral("艳"),
        QStringLiteral("杰"),   QStringLiteral("娟"),   QStringLiteral("涛"),   QStringLiteral("明"),
        QStringLiteral("超"),   QStringLiteral("霞"),   QStringLiteral("平"),   QStringLiteral("刚"),
        QStringLiteral("晨"),   QStringLiteral("浩"),   QStringLiteral("颖"),   QStringLiteral("佳"),
        QStringLiteral("建华"), QStringLiteral("志强"), QStringLiteral("海燕"), QStringLiteral("文斌"),
        QStringLiteral("立新")};
    return list;
}

const std::vector<QString>& dispositionTexts()
{
    static const std::vector<QString> list{QStringLiteral("现场调解，双方达成谅解"),
                                           QStringLiteral("已立案，移交侦查"),
                                           QStringLiteral("已处置，群众满意"),
                                           QStringLiteral("经查无异常，已向报警人反馈"),
                                           QStringLiteral("已协助送医"),
                                           QStringLiteral("已联系家属接回"),
                                           QStringLiteral("已开具整改通知书")};
    return list;
}

const std::vector<QString>& descriptions()
{
    static const std::vector<QString> list{
        QStringLiteral("报警人称需要民警到场处理"), QStringLiteral("报警人情绪激动，请尽快到场"),
        QStringLiteral("现场有围观群众"), QStringLiteral("报警人在楼下等候"),
        QStringLiteral("路人报警，现场情况不明")};
    return list;
}

const std::vector<QString>& phonePrefixes()
{
    static const std::vector<QString> list{QStringLiteral("138"), QStringLiteral("139"),
                                           QStringLiteral("136"), QStringLiteral("158"),
                                           QStringLiteral("186"), QStringLiteral("177")};
    return list;
}

const std::vector<QString>& dispositionCodes(const QString& category)
{
    static const std::map<QString, std::vector<QString>> byCategory{
        {QStringLiteral("fire"), {QStringLiteral("handled")}},
        {QStringLiteral("burglary"), {QStringLiteral("case_filed")}},
        {QStringLiteral("theft"), {QStringLiteral("case_filed"), QStringLiteral("no_finding")}},
        {QStringLiteral("telecom_fraud"), {QStringLiteral("case_filed")}},
        {QStringLiteral("fight"), {QStringLiteral("warned"), QStringLiteral("case_filed")}},
        {QStringLiteral("traffic"), {QStringLiteral("handled"), QStringLiteral("referred")}},
        {QStringLiteral("dispute"), {QStringLiteral("mediated")}},
        {QStringLiteral("noise"), {QStringLiteral("warned"), QStringLiteral("mediated")}},
        {QStringLiteral("missing_person"), {QStringLiteral("person_found")}},
        {QStringLiteral("medical"), {QStringLiteral("taken_to_hospital")}},
        {QStringLiteral("suspicious"), {QStringLiteral("no_finding")}},
        {QStringLiteral("safety_hazard"), {QStringLiteral("hazard_rectified")}}};
    static const std::vector<QString> handled{QStringLiteral("handled")};
    const auto found = byCategory.find(category);
    return found == byCategory.end() ? handled : found->second;
}

const QTimeZone& shanghai()
{
    static const QTimeZone zone("Asia/Shanghai");
    return zone;
}

} // namespace xiuhua::dispatch::station_pattern
