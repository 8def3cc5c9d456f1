# trigonometric functions over a table of angles; atan2 in every quadrant and on signed zeros
import math
for deg in [0, 30, 45, 60, 90, 120, 180, 270, 360, -45, 720]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.tan(r), 9) if deg % 180 != 90 else 'inf')
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0.0, 1), (0.0, -1), (-0.0, -1), (-0.0, 1), (1, 0), (-1, 0), (0.0, 0.0), (-0.0, -0.0), (math.inf, math.inf)]:
    print(y, x, math.atan2(y, x))
print(math.asin(0.5), math.acos(-1), math.atan(-math.inf), math.sin(-0.0), math.tan(0.0), math.cos(math.pi))
