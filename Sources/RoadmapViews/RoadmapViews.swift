@_exported import RoadmapModel
