#include "ScreenshotTour.h"

#include "AuditWorkspace.h"
#include "CheckWorkspace.h"
#include "ContentTree.h"
#include "FirstRunWizard.h"
#include "ImportConfirmation.h"
#include "ImportWorkspace.h"
#include "InstitutionForm.h"
#include "JobsWorkspace.h"
#include "LabelPreview.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NodeTable.h"
#include "ReconciliationTable.h"
#include "SettingsWorkspace.h"
#include "SourceList.h"
#include "TargetChooser.h"
#include "UiLanguage.h"
#include "UserTable.h"
#include "WriteConfirmation.h"
#include "WriteWorkspace.h"
#include "account/DirectoryAccounts.h"
#include "archive/LocalArchive.h"
#include "job/ImportJob.h"
#include "node/NodeStore.h"
#include "settings/ImportSettings.h"
#include "station/FirstRun.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pdi {

namespace {

bool copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// The sample hospital's directory as an administrator sets it up, and one person who signed in
// through it (as their first sign-in leaves the account), for the Directory sign-in and Users
// pages.
Result<void> sampleDirectory(const Station& station, const Session& admin, bool ja) {
    SettingStore store(station.database(), DirectorySettings::catalog());
    const QString base = QStringLiteral("dc=sakura-hospital,dc=example");
    const QList<std::pair<const char*, QString>> values{
        {DirectorySettings::Url, QStringLiteral("ldaps://dc1.sakura-hospital.example")},
        {DirectorySettings::PersonTemplate, QStringLiteral("%1@sakura-hospital.example")},
        {DirectorySettings::SearchBase, base},
        {DirectorySettings::SearchFilter,
         QStringLiteral("(&(objectClass=user)(sAMAccountName=%1))")},
        {DirectorySettings::FrontDeskGroup, QStringLiteral("cn=PDI Front Desk,ou=Groups,") + base},
        {DirectorySettings::TechnologistGroup,
         QStringLiteral("cn=PDI Technologists,ou=Groups,") + base},
        {DirectorySettings::AdminGroup, QStringLiteral("cn=PDI Administrators,ou=Groups,") + base},
        {DirectorySettings::RequiredGroup, QStringLiteral("cn=Radiology,ou=Groups,") + base}};
    for (const auto& [key, value] : values) {
        if (Result<void> set = store.set(admin, QString::fromLatin1(key), value); !set)
            return set.error();
    }
    DirectoryPerson person;
    person.dn = QStringLiteral("cn=Yuki Yamamoto,ou=Radiology,") + base;
    person.displayName = ja ? QStringLiteral("山本 由紀") : QStringLiteral("Yuki Yamamoto");
    LoginAttempt first;
    first.name = QStringLiteral("yamamoto");
    Result<DirectorySignedIn> in = DirectoryAccounts(station.database())
                                       .signedIn(first, first.name, person, Role::Technologist);
    return in ? Result<void>() : Result<void>(in.error());
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Lets queued work (checks, audit queries) finish and layouts settle.
template <typename Done> void waitFor(Done done, int timeoutMs = 60000) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle() {
    waitFor([] { return false; }, 300);
}

// A copy of a sample image as a secondary capture of an AI product, so that the Write workspace
// has a series that waits for a decision. Returns the new series' UID.
QString makeAiSeries(const QString& from, const QString& to) {
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(from).constData()).bad())
        return QString();
    DcmDataset* ds = ff.getDataset();
    char series[100];
    char instance[100];
    dcmGenerateUniqueIdentifier(series, SITE_SERIES_UID_ROOT);
    dcmGenerateUniqueIdentifier(instance, SITE_INSTANCE_UID_ROOT);
    ds->putAndInsertString(DCM_ImageType, "DERIVED\\SECONDARY");
    ds->putAndInsertString(DCM_Manufacturer, "LPIXEL");
    ds->putAndInsertString(DCM_ManufacturerModelName, "EIRL");
    ds->putAndInsertString(DCM_SeriesDescription, "EIRL CAD");
    ds->putAndInsertString(DCM_SeriesNumber, "90");
    ds->putAndInsertString(DCM_InstanceNumber, "1");
    ds->putAndInsertString(DCM_SeriesInstanceUID, series);
    ds->putAndInsertString(DCM_SOPInstanceUID, instance);
    QDir().mkpath(QFileInfo(to).path());
    if (ff.saveFile(QFile::encodeName(to).constData(), EXS_LittleEndianExplicit,
                    EET_UndefinedLength, EGL_recalcGL, EPD_noChange, 0, 0, EWM_updateMeta)
            .bad())
        return QString();
    return QString::fromLatin1(series);
}

// The sample patient as this hospital already knows her, under a local ID of its own: one earlier
// study in the local archive, so that the outside medium's patient has a candidate there.
Result<void> archiveLocalPatient(const Station& station, const QString& sampleFile) {
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(sampleFile).constData()).bad())
        return Error::storage(QStringLiteral("cannot read %1").arg(sampleFile));
    DcmDataset* ds = ff.getDataset();
    char study[100];
    char series[100];
    char instance[100];
    dcmGenerateUniqueIdentifier(study, SITE_STUDY_UID_ROOT);
    dcmGenerateUniqueIdentifier(series, SITE_SERIES_UID_ROOT);
    dcmGenerateUniqueIdentifier(instance, SITE_INSTANCE_UID_ROOT);
    ds->putAndInsertString(DCM_PatientID, "0012345");
    ds->putAndInsertString(DCM_StudyInstanceUID, study);
    ds->putAndInsertString(DCM_SeriesInstanceUID, series);
    ds->putAndInsertString(DCM_SOPInstanceUID, instance);
    ds->putAndInsertString(DCM_StudyDate, "20230612");
    ds->putAndInsertString(DCM_InstitutionName, "SAKURA GENERAL HOSPITAL");
    Result<ArchivedInstance> stored = LocalArchive(station).store(ff, QStringLiteral("ito"));
    if (!stored)
        return stored.error();
    return {};
}

} // namespace

Result<QStringList> ScreenshotTour::render(const QString& language, const QString& outputFolder,
                                           const QString& sampleMedium, const QSize& window) {
    UiLanguage::apply(language);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::storage(QStringLiteral("no temporary folder"));
    Result<Station> opened = Station::open(tmp.filePath(QStringLiteral("data")));
    if (!opened)
        return opened.error();
    const Station station = *opened;
    const QString out = QDir(outputFolder).filePath(language);
    if (!QDir().mkpath(out))
        return Error::storage(QStringLiteral("cannot create %1").arg(out));
    QStringList written;
    auto save = [&](QWidget* w, const QString& name) -> bool {
        settle();
        const QString path = QDir(out).filePath(name + QStringLiteral(".png"));
        if (!w->grab().save(path))
            return false;
        written << path;
        return true;
    };

    const bool ja = language == QLatin1String("ja");
    FirstRunSetup setup;
    setup.administrator = {QStringLiteral("sato"),
                           ja ? QStringLiteral("佐藤 一郎") : QStringLiteral("Ichiro Sato"),
                           Role::Admin, QStringLiteral("Sample-Pa55word")};
    setup.institution = {QStringLiteral("さくら総合病院"), QStringLiteral("放射線科"),
                         QStringLiteral("03-1234-5678"),
                         QStringLiteral("東京都千代田区見本町1-2-3")};
    setup.stationName = QStringLiteral("RECEPTION-1");
    setup.language = language;

    // First run, before the station has an account.
    {
        FirstRunWizard wizard(station);
        wizard.resize(720, 520);
        wizard.show();
        if (!save(&wizard, QStringLiteral("first-run-language")))
            return Error::storage(QStringLiteral("cannot write screenshots to %1").arg(out));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))
            ->setText(setup.administrator.name);
        wizard.findChild<QLineEdit*>(QStringLiteral("adminDisplayName"))
            ->setText(setup.administrator.displayName);
        for (const char* field : {"adminPassword", "adminPasswordRepeat"})
            wizard.findChild<QLineEdit*>(QString::fromLatin1(field))
                ->setText(setup.administrator.password);
        save(&wizard, QStringLiteral("first-run-administrator"));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionName"))
            ->setText(setup.institution.name);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionDepartment"))
            ->setText(setup.institution.department);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionPhone"))
            ->setText(setup.institution.phone);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionAddress"))
            ->setText(setup.institution.address);
        wizard.findChild<QLineEdit*>(QStringLiteral("stationName"))->setText(setup.stationName);
        save(&wizard, QStringLiteral("first-run-institution"));
    }
    if (Result<void> done = FirstRun::apply(station, setup); !done)
        return done.error();
    UiLanguage::apply(language);

    Result<Session> admin =
        station.authenticator().login(setup.administrator.name, setup.administrator.password);
    if (!admin)
        return admin.error();
    const struct {
        const char* name;
        const char* ja;
        const char* en;
        Role role;
    } people[] = {{"suzuki", "鈴木 花子", "Hanako Suzuki", Role::Reception},
                  {"tanaka", "田中 健", "Ken Tanaka", Role::FrontDesk},
                  {"ito", "伊藤 美咲", "Misaki Ito", Role::Technologist}};
    for (const auto& p : people) {
        const NewAccount a{QString::fromLatin1(p.name),
                           ja ? QString::fromUtf8(p.ja) : QString::fromUtf8(p.en), p.role,
                           QStringLiteral("Sample-Pa55word")};
        if (Result<Account> added = station.accounts().add(*admin, a); !added)
            return added.error();
    }
    // A wrong password, so the audit trail shows a refusal.
    (void)station.authenticator().login(QStringLiteral("suzuki"), QStringLiteral("wrong"));

    {
        LoginDialog login(station);
        login.setUserName(QStringLiteral("suzuki"));
        login.resize(460, 280);
        login.show();
        save(&login, QStringLiteral("login"));
    }

    // Front desk: the sample medium copied from a disc, with an AI product's series, planned
    // onto a CD with the label preview; then the confirmation and the written medium.
    {
        const QString source = tmp.filePath(QStringLiteral("write-source"));
        const QString aiSeries = copyTree(sampleMedium, source)
                                     ? makeAiSeries(source + QStringLiteral("/DICOM/S1/R2/I4"),
                                                    source + QStringLiteral("/CAD/I1"))
                                     : QString();
        if (aiSeries.isEmpty())
            return Error::storage(QStringLiteral("cannot prepare the write sources"));
        Result<Session> desk = station.authenticator().login(QStringLiteral("tanaka"),
                                                             QStringLiteral("Sample-Pa55word"));
        if (!desk)
            return desk.error();
        MainWindow deskWindow(WorkspaceContext{station, *desk});
        deskWindow.resize(window);
        deskWindow.show();
        WriteWorkspace* write = deskWindow.writeWorkspace();
        write->sources()->addFolder(source);
        waitFor([write] {
            return !write->sources()->isCollecting() && !write->sources()->locations().isEmpty();
        });
        write->target()->setTarget(WriteTarget::IsoFile,
                                   tmp.filePath(QStringLiteral("PDI_PAT001.iso")));
        write->target()->setMedia(TargetMedia::Cd);
        if (QTreeWidgetItem* item = write->content()->seriesItem(aiSeries))
            write->content()->tree()->setCurrentItem(item);
        write->label()->redraw();
        save(&deskWindow, QStringLiteral("write"));

        write->content()->setIncluded(aiSeries, true);
        write->requestWrite();
        if (WriteConfirmation* confirmation = write->confirmation()) {
            save(confirmation, QStringLiteral("write-confirmation"));
            confirmation->accept();
        }
        waitFor([write] { return write->outcome().has_value(); }, 120000);
        write->label()->redraw();
        save(&deskWindow, QStringLiteral("write-done"));
        deskWindow.hide();
        (void)station.authenticator().logout(*desk, QStringLiteral("exit"));
    }

    // A sample medium with something to warn about.
    const QString medium = tmp.filePath(QStringLiteral("medium"));
    if (!copyTree(sampleMedium, medium) ||
        !writeFile(medium + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\nopen=VIEWER.EXE\r\n") ||
        !writeFile(medium + QStringLiteral("/OTHER/LETTER.TXT"),
                   QStringLiteral("紹介状\r\n").toUtf8()))
        return Error::storage(QStringLiteral("cannot prepare the sample medium"));

    // Technologist: the outside medium reconciled against the local archive (no PACS yet), the
    // candidate chosen, the confirmation and the imported result.
    {
        if (Result<void> archived =
                archiveLocalPatient(station, sampleMedium + QStringLiteral("/DICOM/S1/R1/I1"));
            !archived)
            return archived.error();
        Result<Session> tech =
            station.authenticator().login(QStringLiteral("ito"), QStringLiteral("Sample-Pa55word"));
        if (!tech)
            return tech.error();
        MainWindow techWindow(WorkspaceContext{station, *tech});
        techWindow.resize(window);
        techWindow.show();
        ImportWorkspace* import = techWindow.importWorkspace();
        bool reconciled = false;
        QObject::connect(import, &ImportWorkspace::reconciled, import,
                         [&reconciled] { reconciled = true; });
        import->openMedium(medium);
        waitFor([&reconciled] { return reconciled; });
        const QVector<Candidate>& candidates =
            import->reconciliation()->reconciliation().candidates;
        for (int i = 0; i < candidates.size(); ++i) {
            if (candidates.at(i).patient.id == QLatin1String("0012345"))
                import->reconciliation()->choose(i);
        }
        save(&techWindow, QStringLiteral("import"));

        bool prepared = false;
        QObject::connect(import, &ImportWorkspace::prepared, import,
                         [&prepared] { prepared = true; });
        import->requestImport();
        waitFor([&prepared] { return prepared; });
        if (ImportConfirmation* confirmation = import->confirmation()) {
            save(confirmation, QStringLiteral("import-confirmation"));
            confirmation->accept();
        }
        waitFor([import] { return import->outcome().has_value() && !import->isImporting(); },
                120000);
        save(&techWindow, QStringLiteral("import-done"));
        techWindow.hide();
        (void)station.authenticator().logout(*tech, QStringLiteral("exit"));
    }

    // The PACS and the worklist server of the sample hospital, as an administrator adds them.
    NodeStore nodes(station.database());
    DicomNode pacs;
    pacs.name = QStringLiteral("pacs");
    pacs.aeTitle = QStringLiteral("SAKURA_PACS");
    pacs.host = QStringLiteral("192.0.2.20");
    pacs.port = 104;
    pacs.roles = DicomNode::Store | DicomNode::Find | DicomNode::Commit;
    DicomNode ris;
    ris.name = QStringLiteral("ris-worklist");
    ris.aeTitle = QStringLiteral("SAKURA_RIS");
    ris.host = QStringLiteral("192.0.2.30");
    ris.port = 11112;
    ris.roles = DicomNode::Worklist;
    ris.characterSet = QStringLiteral("\\ISO 2022 IR 87");
    for (const DicomNode& n : {pacs, ris}) {
        if (Result<DicomNode> added = nodes.add(*admin, n); !added)
            return added.error();
    }

    if (Result<void> done = sampleDirectory(station, *admin, ja); !done)
        return done.error();

    MainWindow adminWindow(WorkspaceContext{station, *admin});
    adminWindow.resize(window);
    adminWindow.show();
    CheckWorkspace* check = adminWindow.checkWorkspace();
    check->openMedium(medium, MediaType::Cd);
    waitFor([check] { return !check->isChecking(); });
    save(&adminWindow, QStringLiteral("check"));

    AuditWorkspace* audit = adminWindow.auditWorkspace();
    adminWindow.showWorkspace(audit);
    waitFor([audit] { return !audit->isBusy(); });
    save(&adminWindow, QStringLiteral("audit"));

    // An import of the sample medium to the sample PACS, which is not on this network: cut
    // short with nothing sent, it waits in the list of jobs to be resumed.
    {
        Result<Session> tech =
            station.authenticator().login(QStringLiteral("ito"), QStringLiteral("Sample-Pa55word"));
        if (!tech)
            return tech.error();
        const QString timeout = QString::fromLatin1(ImportSettings::NetworkTimeoutSeconds);
        (void)station.settings().set(*admin, timeout, QStringLiteral("2"));
        ImportRequest request;
        request.medium = medium;
        request.destination = pacs.name;
        request.keepIds = true;
        (void)ImportJob(station, *tech).run(request, JobProgress());
        (void)station.settings().reset(*admin, timeout);
        (void)station.authenticator().logout(*tech, QStringLiteral("exit"));
    }
    JobsWorkspace* jobs = adminWindow.jobsWorkspace();
    adminWindow.showWorkspace(jobs);
    waitFor([jobs] { return !jobs->isBusy(); });
    save(&adminWindow, QStringLiteral("jobs"));

    SettingsWorkspace* settings = adminWindow.settingsWorkspace();
    adminWindow.showWorkspace(settings);
    const QStringList pages{
        QStringLiteral("settings-institution"), QStringLiteral("settings-station"),
        QStringLiteral("settings-rules"),       QStringLiteral("settings-forwarding"),
        QStringLiteral("settings-directory"),   QStringLiteral("settings-users"),
        QStringLiteral("settings-nodes")};
    for (int i = 0; i < settings->pages()->count() && i < pages.size(); ++i) {
        settings->pages()->setCurrentIndex(i);
        save(&adminWindow, pages.at(i));
    }
    adminWindow.hide();
    (void)station.authenticator().logout(*admin, QStringLiteral("exit"));
    return written;
}

} // namespace pdi
