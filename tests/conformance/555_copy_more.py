import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.val, self.children)
root = Node(1, [Node(2), Node(3, [Node(4)])])
dup = copy.deepcopy(root)
dup.children[1].children[0].val = 99
print(root)
print(dup)
shallow = copy.copy(root)
shallow.children.append(Node(5))
print(len(root.children), shallow.val)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 7
print(matrix, m2)
