// The Check workspace, driven offscreen: open a medium, wait for the check, read what a
// reception desk would see.
#include "TestSupport.h"

#include "gui/CheckWorkspace.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace pdi;

class TestGuiCheck : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    QStringList badges(QWidget* w) {
        QStringList out;
        for (QLabel* l : w->findChildren<QLabel*>(QStringLiteral("badge")))
            out << l->text();
        return out;
    }

private Q_SLOTS:
    void checkShowsPatientAndBadges() {
        const QString root = tmp_.filePath(QStringLiteral("m"));
        test::InstanceSpec a;
        a.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        QVERIFY(test::writeConformantMedium(root, {a}));
        QVERIFY(test::writeText(root + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\n"));

        MainWindow window;
        window.show();
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(root);
        QVERIFY(done.wait(60000));
        QVERIFY(check->report());

        QStringList labels;
        for (QLabel* l : check->findChildren<QLabel*>())
            labels << l->text();
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("山田 太郎")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.join(QLatin1Char('|')).contains(QStringLiteral("やまだ たろう")));
        QVERIFY(labels.join(QLatin1Char('|')).contains(QStringLiteral("PAT001")));
        const QStringList b = badges(check);
        QVERIFY2(b.contains(QStringLiteral("Autorun")), qPrintable(b.join(QLatin1Char(','))));
        QVERIFY(b.contains(QStringLiteral("Not PDI")));
        QVERIFY(!b.contains(QStringLiteral("Several patients")));

        // The findings list names the autorun file.
        bool listed = false;
        for (QTreeWidget* tree : check->findChildren<QTreeWidget*>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                listed = listed || tree->topLevelItem(i)->text(1) == QLatin1String("PDI-S001");
        }
        QVERIFY(listed);
    }

    void unreadableMediumSaysSo() {
        MainWindow window;
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(QStringLiteral("/nonexistent/disc"));
        QVERIFY(done.wait(30000));
        QVERIFY(!check->report());
        bool said = false;
        for (QLabel* l : check->findChildren<QLabel*>())
            said = said || l->text().contains(QLatin1String("does not exist"));
        QVERIFY(said);
    }
};

QTEST_MAIN(TestGuiCheck)
#include "tst_gui_check.moc"
