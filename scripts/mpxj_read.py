#!/usr/bin/env python3
"""Reads a plan with MPXJ (PyPI `mpxj`, on Java through `jpype1`) and prints what it found as
JSON: the proof that `roadmap export --format msproject` writes a file a real reader opens.

    scripts/mpxj_read.py plan.xml > read.json

Prints {"title", "statusDate", "tasks": [{"uid", "id", "name", "wbs", "summary", "outlineLevel",
"start", "finish" ("YYYY-MM-DDTHH:MM"), "percentComplete", "actualStart", "actualFinish",
"baselineStart", "baselineFinish", "text1".."text4", "predecessors": [{"uid", "type", "lag",
"lagUnits"}]}], "resources": [{"uid", "name"}], "assignments": [{"task", "resource"}],
"fields": {"Text1": alias, ...}}. Exits 2 with a message when MPXJ cannot read the file,
3 when Java or the Python packages are missing.
"""
import json
import sys


def main(path):
    try:
        import jpype
        import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)
    except ImportError as error:
        print(f"mpxj_read.py: {error}; install with: python3 -m pip install mpxj jpype1", file=sys.stderr)
        return 3
    try:
        jpype.startJVM()
    except Exception as error:  # no Java
        print(f"mpxj_read.py: cannot start Java: {error}", file=sys.stderr)
        return 3
    from org.mpxj.reader import UniversalProjectReader
    from org.mpxj import TaskField

    project = UniversalProjectReader().read(path)
    if project is None:
        print(f"mpxj_read.py: {path}: MPXJ does not recognise the file", file=sys.stderr)
        return 2

    def date(value):
        return None if value is None else str(value.toString())[:16]

    def text(value):
        return None if value is None else str(value)

    fields = {}
    for name, field in [("Text1", TaskField.TEXT1), ("Text2", TaskField.TEXT2), ("Text3", TaskField.TEXT3), ("Text4", TaskField.TEXT4)]:
        alias = project.getCustomFields().get(field)
        fields[name] = None if alias is None else text(alias.getAlias())

    tasks = []
    for task in project.getTasks():
        if task.getUniqueID() is None or int(task.getUniqueID()) == 0:
            continue  # the project's own summary task, which MPXJ adds
        links = []
        for relation in task.getPredecessors():
            lag = relation.getLag()
            links.append({
                "uid": int(relation.getPredecessorTask().getUniqueID()),
                "type": str(relation.getType().toString()),
                "lag": float(lag.getDuration()) if lag is not None else 0.0,
                "lagUnits": str(lag.getUnits().toString()) if lag is not None else None,
            })
        tasks.append({
            "uid": int(task.getUniqueID()), "id": int(task.getID()), "name": text(task.getName()),
            "wbs": text(task.getWBS()), "summary": bool(task.getSummary()), "outlineLevel": int(task.getOutlineLevel()),
            "start": date(task.getStart()), "finish": date(task.getFinish()),
            "percentComplete": None if task.getPercentageComplete() is None else float(task.getPercentageComplete().doubleValue()),
            "actualStart": date(task.getActualStart()), "actualFinish": date(task.getActualFinish()),
            "baselineStart": date(task.getBaselineStart()), "baselineFinish": date(task.getBaselineFinish()),
            "notes": text(task.getNotes()) or None,
            "text1": text(task.getText(1)), "text2": text(task.getText(2)),
            "text3": text(task.getText(3)), "text4": text(task.getText(4)),
            "predecessors": links,
        })
    resources = [{"uid": int(r.getUniqueID()), "name": text(r.getName())}
                 for r in project.getResources() if r.getUniqueID() is not None and int(r.getUniqueID()) != 0]
    assignments = [{"task": int(a.getTask().getUniqueID()), "resource": int(a.getResource().getUniqueID())}
                   for a in project.getResourceAssignments() if a.getResource() is not None]
    properties = project.getProjectProperties()
    print(json.dumps({"title": text(properties.getProjectTitle()), "subject": text(properties.getSubject()),
                      "statusDate": date(properties.getStatusDate()),
                      "fields": fields, "tasks": tasks, "resources": resources, "assignments": assignments},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: mpxj_read.py FILE", file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1]))
