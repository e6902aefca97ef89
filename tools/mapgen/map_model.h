#pragma once

#include <cstdint>
#include <ogr_geometry.h>
#include <string>
#include <vector>

// Everything the generator produces. Geometries are held in UTM 51N
// (EPSG:32651, metres) and only transformed to lon/lat when written.
namespace mapgen {

struct Road
{
    std::int64_t osmId = 0;
    std::string name;
    std::string nameEn;
    std::string cls; // the OSM highway value
    int oneway = 0;  // 0, 1 forward, -1 reverse
    int lanes = 0;   // 0 unknown
    bool bridge = false;
    bool tunnel = false;
    OGRGeometryUniquePtr geom; // LineString
};

struct Block
{
    int id = 0;
    int communityId = 0;
    OGRGeometryUniquePtr face;  // unshrunk face, slivers absorbed
    OGRGeometryUniquePtr shape; // shrunk away from the roads (Polygon)
    bool park = false;
    std::string parkName;
    double centroidX = 0;
    double centroidY = 0;
};

struct Building
{
    int id = 0;
    int blockId = 0;
    std::string kind; // slab, tower, lane_house
    int floors = 0;
    OGRGeometryUniquePtr geom;
};

struct Green
{
    int id = 0;
    std::string name;
    std::string kind; // park, green
    OGRGeometryUniquePtr geom;
};

struct Water
{
    int id = 0;
    std::string name;
    OGRGeometryUniquePtr geom;
};

struct Community
{
    int id = 0;
    std::string name;
    std::string nameEn;
    std::string stem;   // e.g. 贵州
    std::string stemEn; // e.g. Guizhou
    int population = 0;
    int households = 0;
    std::vector<int> blockIds;
    OGRGeometryUniquePtr geom; // union of the blocks' faces
};

struct Post
{
    int id = 0;
    std::string name;
    std::string nameEn;
    std::string kind; // community_post, kiosk, station
    int communityId = 0;
    std::string phone;
    std::string openingHours;
    double x = 0;
    double y = 0;
};

struct FireStation
{
    int id = 0;
    std::string name;
    std::string nameEn;
    int communityId = 0;
    int crewSize = 0;
    std::string equipment;
    double x = 0;
    double y = 0;
};

struct Camera
{
    int id = 0;
    std::string name;
    int communityId = 0;
    std::string roadName;
    double x = 0;
    double y = 0;
};

struct MapData
{
    std::vector<Road> roads;
    std::vector<Block> blocks;
    std::vector<Building> buildings;
    std::vector<Green> greens;
    std::vector<Water> water;
    std::vector<Community> communities;
    OGRGeometryUniquePtr stationBoundary;
    std::string stationName;
    std::string stationNameEn;
    std::vector<Post> posts;
    std::vector<FireStation> fireStations;
    std::vector<Camera> cameras;
};

} // namespace mapgen
