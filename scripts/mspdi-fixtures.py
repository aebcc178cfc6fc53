#!/usr/bin/env python3
"""Writes MS Project XML (MSPDI) files with MPXJ, a real MS Project reader and writer, for the
import tests: `roadmap import` must read what planning tools write, not only what we write.

    scripts/mspdi-fixtures.py fixtures DIR      # the small files committed in Tests/Fixtures/msproject
    scripts/mspdi-fixtures.py network N FILE    # N leaf tasks in areas of 1,000, linked in a network

Needs Python's mpxj and jpype1 and a Java runtime (17 or later)."""
import sys

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

jpype.startJVM()

from java.lang import Double  # noqa: E402
from java.time import LocalDateTime  # noqa: E402
from org.mpxj import Duration, ProjectFile, Relation, RelationType, TaskField, TimeUnit  # noqa: E402
from org.mpxj.mspdi import MSPDIWriter  # noqa: E402

TYPES = {"FS": RelationType.FINISH_START, "SS": RelationType.START_START,
         "FF": RelationType.FINISH_FINISH, "SF": RelationType.START_FINISH}


def project(title, attributes=True):
    file = ProjectFile()
    file.getProjectProperties().setProjectTitle(title)
    file.getProjectProperties().setName(title)
    if attributes:
        file.getCustomFields().getOrCreate(TaskField.TEXT1).setAlias("Role")
        file.getCustomFields().getOrCreate(TaskField.TEXT2).setAlias("Status")
    return file


def summary(file, name):
    task = file.addTask()
    task.setName(name)
    return task


def leaf(parent, name, start, finish, role=None, status=None, milestone=False):
    task = parent.addTask()
    task.setName(name)
    task.setStart(LocalDateTime.of(*start, 8, 0))
    task.setFinish(LocalDateTime.of(*finish, 17, 0))
    task.setMilestone(milestone)
    if role is not None:
        task.setText(1, role)
    if status is not None:
        task.setText(2, status)
    return task


def link(successor, predecessor, kind="FS", lag=None):
    builder = Relation.Builder().predecessorTask(predecessor).type(TYPES[kind])
    if lag is not None:
        builder = builder.lag(Duration.getInstance(lag[0], lag[1]))
    successor.addPredecessor(builder)


def write(file, path):
    file.getTasks().synchronizeTaskIDToHierarchy()
    MSPDIWriter().write(file, path)


def fixtures(folder):
    # Two areas as summary tasks, every link type, lags in months and in days, a milestone,
    # teams as resources, role and status as extended attributes (one task without them).
    file = project("Feuille de route d’essai")
    data = summary(file, "Données ouvertes")
    services = summary(file, "Services numériques")
    a = leaf(data, "Inventaire des données", (2016, 10, 3), (2017, 3, 31), "CE", "ongoing")
    b = leaf(data, "Portail & catalogue <v2>", (2017, 4, 3), (2017, 9, 29), "Pr", "new")
    c = leaf(services, "Guichet unique", (2017, 4, 3), (2017, 12, 29), "Int", "new")
    d = leaf(services, "Lancement", (2018, 1, 2), (2018, 1, 2), milestone=True)
    e = leaf(services, "Identité numérique", (2017, 6, 1), (2017, 12, 29), "In", "new")
    link(b, a, "FS")
    link(c, a, "SS", (6, TimeUnit.MONTHS))
    link(d, c, "FF")
    link(e, b, "SF", (10, TimeUnit.DAYS))
    team1 = file.addResource()
    team1.setName("Équipe des données")
    team2 = file.addResource()
    team2.setName("Équipe des services")
    a.addResourceAssignment(team1)
    b.addResourceAssignment(team1)
    c.addResourceAssignment(team2)
    e.addResourceAssignment(team2)
    write(file, f"{folder}/areas-links-teams.xml")

    # No summary task, no extended attribute, no resource: one area, default roles and status.
    file = project("Flat plan", attributes=False)
    root = summary(file, "ignored")
    file.removeTask(root)
    x = leaf(file, "Survey", (2020, 1, 6), (2020, 2, 28))
    y = leaf(file, "Build", (2020, 3, 2), (2020, 8, 31))
    link(y, x, "FS")
    write(file, f"{folder}/flat.xml")

    # Two tasks that wait for each other.
    file = project("Cycle")
    area = summary(file, "Boucle")
    p = leaf(area, "First", (2019, 1, 7), (2019, 3, 29), "CE", "new")
    q = leaf(area, "Second", (2019, 4, 1), (2019, 6, 28), "CE", "new")
    link(q, p, "FS")
    link(p, q, "FS")
    write(file, f"{folder}/cycle.xml")

    # Progress as MS Project tracks it: a status date, a task finished (late), one under way
    # (actual start, 40 %), one not started, one reported 25 % done with no actual start (MS
    # Project would have filled it; the import fills it the same way, marked inferred).
    file = project("Suivi de l’avancement")
    file.getProjectProperties().setStatusDate(LocalDateTime.of(2017, 6, 30, 17, 0))
    area = summary(file, "Infonuagique")
    done = leaf(area, "Stratégie infonuagique", (2016, 10, 3), (2017, 3, 31), "Pr", "new")
    done.setActualStart(LocalDateTime.of(2016, 10, 3, 8, 0))
    done.setActualFinish(LocalDateTime.of(2017, 4, 28, 17, 0))
    done.setPercentageComplete(Double(100))
    under_way = leaf(area, "Architecture infonuagique", (2016, 10, 3), (2018, 3, 30), "Int", "ongoing")
    under_way.setActualStart(LocalDateTime.of(2016, 11, 1, 8, 0))
    under_way.setPercentageComplete(Double(40))
    waiting = leaf(area, "Migration", (2017, 4, 3), (2017, 9, 29), "CE", "new")
    waiting.setPercentageComplete(Double(0))
    guessed = leaf(area, "Formation", (2017, 1, 2), (2017, 12, 29), "In", "new")
    guessed.setPercentageComplete(Double(25))
    link(waiting, done, "FS")
    write(file, f"{folder}/progress.xml")


def network(count, path):
    file = project(f"Network of {count} tasks")
    area = None
    tasks = []
    for i in range(count):
        if i % 1000 == 0:
            area = summary(file, f"Area {i // 1000 + 1}")
        month = (i * 7) % 60
        year, mon = 2016 + (9 + month) // 12, (9 + month) % 12 + 1
        task = leaf(area, f"Task {i + 1}", (year, mon, 1), (year, mon, 28), ["CE", "Pr", "Int", "In"][i % 4], "new")
        if i > 0:
            link(task, tasks[(i * 7919) % i], ["FS", "SS", "FF", "SF"][i % 4])
        tasks.append(task)
    write(file, path)


if __name__ == "__main__":
    if sys.argv[1:2] == ["fixtures"]:
        fixtures(sys.argv[2])
    elif sys.argv[1:2] == ["network"]:
        network(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
