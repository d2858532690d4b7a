#pragma once

#include "report/CheckReport.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

class QPrinter;
class QTextDocument;

namespace pdi {

// The check of a medium on paper: whose medium, from where, the warning badges with their
// sentences, the studies, and the findings grouped by code. Printed or saved as PDF from the
// Check workspace, in the language of the screen; set in Noto Sans CJK JP so that names in kanji
// and kana print (without the font it fails rather than print empty boxes).
class CheckReportDocument {
    Q_DECLARE_TR_FUNCTIONS(pdi::CheckReportDocument)

public:
    struct Context {
        QString checkedBy; // the person's name
        QString station;
        QDateTime checkedAt; // local time
    };

    static QString html(const CheckReport& report, const Context& context);
    // Null, with error set, when the Japanese font is missing.
    static std::unique_ptr<QTextDocument> document(const CheckReport& report,
                                                   const Context& context, QString* error);

    static Result<void> print(const CheckReport& report, const Context& context, QPrinter& printer);
    // Written to a temporary file and renamed when complete, so a failure leaves no half PDF.
    static Result<void> savePdf(const CheckReport& report, const Context& context,
                                const QString& path);

    // Findings shown per code; the rest are counted.
    static constexpr int ExamplesPerCode = 10;
};

} // namespace pdi
