import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageLoader } from './components/PageLoader';
import { LoginPage } from './features/auth/components/LoginPage';
import { RequireAuth } from './features/auth/components/RequireAuth';
import { useClearCacheOnSignOut } from './features/auth/hooks/use-clear-cache-on-sign-out';
import { HierarchyPage } from './features/hierarchy/components/HierarchyPage';
import { UnitPage } from './features/hierarchy/components/UnitPage';
import { RealtimeProvider } from './features/realtime/components/RealtimeProvider';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';

// Only managers open the users page: keep its code out of everyone's first download.
const UsersPage = lazy(() =>
  import('./features/users/components/UsersPage').then((module) => ({ default: module.UsersPage })),
);
// Team screens load on first visit; the reports and roster tools only for the officials who open them.
const TeamsPage = lazy(() =>
  import('./features/teams/components/TeamsPage').then((module) => ({ default: module.TeamsPage })),
);
const TeamPage = lazy(() =>
  import('./features/teams/components/TeamPage').then((module) => ({ default: module.TeamPage })),
);
const ApprovalsPage = lazy(() =>
  import('./features/teams/components/ApprovalsPage').then((module) => ({ default: module.ApprovalsPage })),
);
const CompliancePage = lazy(() =>
  import('./features/teams/components/CompliancePage').then((module) => ({ default: module.CompliancePage })),
);
const RolloutPage = lazy(() =>
  import('./features/teams/components/RolloutPage').then((module) => ({ default: module.RolloutPage })),
);
const RosterPage = lazy(() =>
  import('./features/teams/components/RosterPage').then((module) => ({ default: module.RosterPage })),
);
// Dashboards carry the charting library: only those who open them download it.
const DashboardHome = lazy(() =>
  import('./features/dashboard/components/DashboardPage').then((module) => ({
    default: module.DashboardHome,
  })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/components/DashboardPage').then((module) => ({
    default: module.DashboardPage,
  })),
);
const TeamDashboardPage = lazy(() =>
  import('./features/dashboard/components/TeamDashboardPage').then((module) => ({
    default: module.TeamDashboardPage,
  })),
);
const DrillDownPage = lazy(() =>
  import('./features/dashboard/components/DrillDownPage').then((module) => ({
    default: module.DrillDownPage,
  })),
);

// Messaging: its screens and the outbox sender load when a member opens the channels.
const ChannelsPage = lazy(() =>
  import('./features/channels/components/ChannelsPage').then((module) => ({ default: module.ChannelsPage })),
);

// Tasks: the issuer's screens and the team inbox (with its offline queue) load on first visit.
const TasksPage = lazy(() =>
  import('./features/tasks/components/TasksPage').then((module) => ({ default: module.TasksPage })),
);
const TaskFormPage = lazy(() =>
  import('./features/tasks/components/TaskFormPage').then((module) => ({ default: module.TaskFormPage })),
);
const TaskPage = lazy(() =>
  import('./features/tasks/components/TaskPage').then((module) => ({ default: module.TaskPage })),
);
const InboxPage = lazy(() =>
  import('./features/tasks/components/InboxPage').then((module) => ({ default: module.InboxPage })),
);
const AssignmentPage = lazy(() =>
  import('./features/tasks/components/AssignmentPage').then((module) => ({ default: module.AssignmentPage })),
);
const ReportsPage = lazy(() =>
  import('./features/reports/components/ReportsPage').then((module) => ({ default: module.ReportsPage })),
);
const ReportPage = lazy(() =>
  import('./features/reports/components/ReportPage').then((module) => ({ default: module.ReportPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

export function App() {
  useClearCacheOnSignOut();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <RealtimeProvider>
              <AppLayout />
            </RealtimeProvider>
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/units" replace />} />
        <Route path="units" element={<HierarchyPage />} />
        <Route path="units/:id" element={<UnitPage />} />
        <Route
          path="users"
          element={
            <Suspense fallback={<PageLoader />}>
              <UsersPage />
            </Suspense>
          }
        />
        <Route
          path="teams"
          element={
            <Lazy>
              <TeamsPage />
            </Lazy>
          }
        />
        <Route
          path="teams/:id"
          element={
            <Lazy>
              <TeamPage />
            </Lazy>
          }
        />
        <Route
          path="approvals"
          element={
            <Lazy>
              <ApprovalsPage />
            </Lazy>
          }
        />
        <Route
          path="compliance"
          element={
            <Lazy>
              <CompliancePage />
            </Lazy>
          }
        />
        <Route
          path="rollout"
          element={
            <Lazy>
              <RolloutPage />
            </Lazy>
          }
        />
        <Route
          path="roster"
          element={
            <Lazy>
              <RosterPage />
            </Lazy>
          }
        />
        <Route
          path="dashboard"
          element={
            <Lazy>
              <DashboardHome />
            </Lazy>
          }
        />
        <Route
          path="dashboard/:unitId"
          element={
            <Lazy>
              <DashboardPage />
            </Lazy>
          }
        />
        <Route
          path="dashboard/team/:teamId"
          element={
            <Lazy>
              <TeamDashboardPage />
            </Lazy>
          }
        />
        <Route
          path="dashboard/:unitId/list"
          element={
            <Lazy>
              <DrillDownPage />
            </Lazy>
          }
        />
        <Route
          path="channels"
          element={
            <Lazy>
              <ChannelsPage />
            </Lazy>
          }
        />
        <Route
          path="channels/:id"
          element={
            <Lazy>
              <ChannelsPage />
            </Lazy>
          }
        />
        <Route
          path="tasks"
          element={
            <Lazy>
              <TasksPage />
            </Lazy>
          }
        />
        <Route
          path="tasks/new"
          element={
            <Lazy>
              <TaskFormPage />
            </Lazy>
          }
        />
        <Route
          path="tasks/:id"
          element={
            <Lazy>
              <TaskPage />
            </Lazy>
          }
        />
        <Route
          path="tasks/:id/edit"
          element={
            <Lazy>
              <TaskFormPage />
            </Lazy>
          }
        />
        <Route
          path="inbox"
          element={
            <Lazy>
              <InboxPage />
            </Lazy>
          }
        />
        <Route
          path="inbox/:assignmentId"
          element={
            <Lazy>
              <AssignmentPage />
            </Lazy>
          }
        />
        <Route
          path="reports"
          element={
            <Lazy>
              <ReportsPage />
            </Lazy>
          }
        />
        <Route
          path="reports/:id"
          element={
            <Lazy>
              <ReportPage />
            </Lazy>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
