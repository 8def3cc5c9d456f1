# random distributions with a fixed seed
import random
random.seed(2024)
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.choices('abc', weights=[1, 0, 5], k=6), random.choices('ab', cum_weights=[1, 2], k=4))
